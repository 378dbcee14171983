using Microsoft.Extensions.Localization;
using PressDesk.Validation;

namespace PressDesk.Prep;

// The rules for the user's own hedging words and jargon: one word or expression a line.
public sealed class WordListValidator(IStringLocalizer<WordListValidator> localizer)
{
    public const int WordMax = 60;
    public const int WordsMax = 500;

    public Validated<UserWords> Validate(string? hedges, string? jargon)
    {
        var errors = new FieldErrors(localizer);
        var hedgeList = Check(errors, "Hedges", hedges);
        var jargonList = Check(errors, "Jargon", jargon);
        return errors.Result(() => new UserWords(hedgeList, jargonList));
    }

    private static List<string> Check(FieldErrors errors, string field, string? text)
    {
        var words = (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .DistinctBy(Wording.Fold).ToList();
        if (words.Count > WordsMax) errors.Add(field, "At most {0} entries.", WordsMax);
        else if (words.FirstOrDefault(w => w.Length > WordMax) is { } tooLong)
            errors.Add(field, "An entry is at most {0} characters: “{1}…” is longer.", WordMax, tooLong[..20]);
        else if (words.FirstOrDefault(w => Wording.Words(w).Length == 0) is { } noWord)
            errors.Add(field, "“{0}” has no letter or digit to match.", noWord);
        return words;
    }
}
