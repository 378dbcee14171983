using Microsoft.Extensions.Localization;
using PressDesk.Validation;

namespace PressDesk.Prep;

public sealed record FocusAreaFields(string Name, IReadOnlyList<string> Keywords);

// The rules for an area of expertise: a name, and keywords typed separated by commas or line breaks.
public sealed class FocusAreaValidator(IStringLocalizer<FocusAreaValidator> localizer)
{
    public Validated<FocusAreaFields> Validate(string? name, string? keywordText)
    {
        var errors = new FieldErrors(localizer);
        var cleanName = FieldErrors.CleanLine(name);
        var keywords = FocusArea.SplitKeywords(keywordText);
        if (cleanName is null) errors.Add("Name", "Name the area, for example “Energy policy”.");
        else if (cleanName.Length > FocusArea.NameMax) errors.Add("Name", "The name is at most {0} characters.", FocusArea.NameMax);
        if (keywords.Count == 0) errors.Add("Keywords", "Give at least one keyword, for example “energy, tariff, grid”.");
        else if (keywords.Count > FocusArea.KeywordsMax) errors.Add("Keywords", "At most {0} keywords per area.", FocusArea.KeywordsMax);
        else if (keywords.FirstOrDefault(k => k.Length > FocusArea.KeywordMax) is { } tooLong)
            errors.Add("Keywords", "A keyword is at most {0} characters: “{1}…” is longer.", FocusArea.KeywordMax, tooLong[..20]);
        else if (keywords.FirstOrDefault(k => Wording.Words(k).Length == 0) is { } noWord)
            errors.Add("Keywords", "“{0}” has no letter or digit to match.", noWord);
        return errors.Result(() => new FocusAreaFields(cleanName!, keywords));
    }
}
