using PressDesk.Validation;

namespace PressDesk.Journalists;

// The language field of the journalist and outlet forms (and the CSV's language column): one rule for both.
public static class LanguageField
{
    public static string? Language(this FieldErrors errors, string field, string? text)
    {
        if (JournalistLanguage.TryParse(text, out var code)) return code;
        errors.Add(field, "Language must be French (fr), English (en) or left empty.");
        return null;
    }
}
