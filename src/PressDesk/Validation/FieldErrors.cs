using Microsoft.Extensions.Localization;

namespace PressDesk.Validation;

// Validation messages by field, localized as they are added; shared by every feature's validator
// so forms and the API word problems the same way.
public sealed class FieldErrors(IStringLocalizer localizer)
{
    private readonly Dictionary<string, List<string>> _byField = [];

    public bool Any => _byField.Count > 0;

    public void Add(string field, string message, params object[] args)
    {
        if (!_byField.TryGetValue(field, out var list)) _byField[field] = list = [];
        list.Add(localizer[message, args]);
    }

    public void Required(string field, string? value, string label)
    {
        if (value is null) Add(field, "{0} is required.", localizer[label]);
    }

    public void MaxLength(string field, string? value, int max, string label)
    {
        if (value is not null && value.Length > max)
            Add(field, "{0} is at most {1} characters (this one has {2}).", localizer[label], max, value.Length);
    }

    public IReadOnlyDictionary<string, string[]> ToDictionary() =>
        _byField.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray());

    // Trims, drops control characters other than line breaks and tabs, and turns blank into null.
    public static string? Clean(string? text)
    {
        if (text is null) return null;
        var kept = new string(text.Where(c => !char.IsControl(c) || c is '\n' or '\r' or '\t').ToArray()).Trim();
        return kept.Length == 0 ? null : kept;
    }

    // A single-line field: line breaks become spaces.
    public static string? CleanLine(string? text) =>
        Clean(text?.Replace("\r\n", " ").Replace('\n', ' ').Replace('\r', ' ').Replace('\t', ' '));
}
