using Microsoft.Extensions.Localization;
using PressDesk.Validation;

namespace PressDesk.Prep;

// One set of rules for the prep form and the API. Error keys follow the JSON body
// (keyPoints[1].phrasings); the form's fields bind to the same names.
public sealed class PrepValidator(IStringLocalizer<PrepValidator> localizer)
{
    public const int KeyPointMax = 300;
    public const int PhrasingMax = 600;
    public const int PhrasingsPerPointMax = 10;

    // The form always posts three key points and spare phrasing boxes: blank ones are left out
    // there (blankIsUnused), while the API says when something sent is blank.
    public Validated<PrepDraft> Validate(IReadOnlyList<KeyPointInput?> points, bool ready, bool blankIsUnused)
    {
        var errors = new FieldErrors(localizer);

        var drafts = new List<KeyPointDraft>();
        for (var i = 0; i < points.Count; i++)
        {
            var field = $"keyPoints[{i}]";
            if (points[i] is not { } point)
            {
                errors.Add(field, "Key point {0} must be an object with text and phrasings.", i + 1);
                continue;
            }
            var text = FieldErrors.Clean(point.Text);
            var phrasings = new List<PhrasingDraft>();
            var sent = point.Phrasings ?? [];
            for (var j = 0; j < sent.Count; j++)
            {
                var phrasing = FieldErrors.Clean(sent[j]?.Text);
                if (phrasing is null)
                {
                    if (!blankIsUnused) errors.Add($"{field}.phrasings[{j}]", "A phrasing cannot be blank.");
                    continue;
                }
                if (phrasing.Length > PhrasingMax)
                    errors.Add($"{field}.phrasings[{j}]", "A phrasing is at most {0} characters (this one has {1}).", PhrasingMax, phrasing.Length);
                phrasings.Add(new PhrasingDraft(phrasing, sent[j]!.ReusedFrom));
            }

            if (text is null && phrasings.Count == 0 && blankIsUnused) continue;
            if (text is null)
                errors.Add($"{field}.text", phrasings.Count > 0 ? "Write key point {0}, or clear its phrasings." : "Write key point {0}.", i + 1);
            else if (text.Length > KeyPointMax)
                errors.Add($"{field}.text", "A key point is at most {0} characters (this one has {1}).", KeyPointMax, text.Length);
            if (phrasings.Count > PhrasingsPerPointMax)
                errors.Add($"{field}.phrasings", "Key point {0} has {1} phrasings; keep the best {2}.", i + 1, phrasings.Count, PhrasingsPerPointMax);
            if (ready && phrasings.Count == 0)
                errors.Add($"{field}.phrasings", "Key point {0} needs at least one phrasing before the prep is ready.", i + 1);
            drafts.Add(new KeyPointDraft(i + 1, text ?? "", phrasings));
        }

        var count = drafts.Count + points.Count(p => p is null);
        if (ready && count != RequestPrep.KeyPointCount)
            errors.Add("keyPoints", "A ready prep has exactly three key points; this one has {0}.", count);
        else if (count > RequestPrep.KeyPointCount)
            errors.Add("keyPoints", "A prep has at most three key points; this one has {0}.", count);

        return errors.Result(() => new PrepDraft(drafts, ready));
    }
}
