using Microsoft.Extensions.Localization;

namespace PressDesk.Validation;

// Validation messages by field, localized as they are added: the one way every feature's
// validator (a class named after what it checks, returning Validated<T>) collects its problems,
// so forms, the API and intake word them the same way.
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

    public void Email(string field, string? value, string label)
    {
        if (value is null) return;
        if (value.Length > EmailAddress.MaxLength) MaxLength(field, value, EmailAddress.MaxLength, label);
        else if (!EmailAddress.IsValid(value)) Add(field, "'{0}' is not an email address (expected name@example.org).", value);
    }

    public void Phone(string field, string? value, string label)
    {
        if (value is null) return;
        if (value.Length > PhoneNumber.MaxLength) MaxLength(field, value, PhoneNumber.MaxLength, label);
        else if (!PhoneNumber.IsValid(value))
            Add(field, "'{0}' is not a phone number (expected +33 1 23 45 67 89, or 01 23 45 67 89 in France).", value);
    }

    public IReadOnlyDictionary<string, string[]> ToDictionary() =>
        _byField.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray());

    // The value when there was no problem, else the problems.
    public Validated<T> Result<T>(Func<T> value) => Any ? Validated.Invalid<T>(ToDictionary()) : Validated.Valid<T>(value());

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
