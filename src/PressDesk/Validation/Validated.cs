namespace PressDesk.Validation;

// The one shape of a validation result, for forms, the API and intake: the cleaned value, or the
// problems by field (property names of the input, so a form and a problem-details body can both
// point at the field).
public sealed record Validated<T>(T? Value, IReadOnlyDictionary<string, string[]> Errors)
{
    public bool IsValid => Errors.Count == 0;
}

public static class Validated
{
    private static readonly IReadOnlyDictionary<string, string[]> NoErrors = new Dictionary<string, string[]>();

    public static Validated<T> Valid<T>(T value) => new(value, NoErrors);

    public static Validated<T> Invalid<T>(IReadOnlyDictionary<string, string[]> errors) => new(default, errors);

    public static Validated<T> Invalid<T>(string field, string message) =>
        new(default, new Dictionary<string, string[]> { [field] = [message] });
}
