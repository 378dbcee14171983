using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace PressDesk.Validation;

// The two ways a Validated result's errors reach a person: inline beside the form's fields, or as
// an RFC 9457 problem-details body with camelCase field names for an API client.
public static class ValidationDisplay
{
    // prefix is the bound property that holds the input ("Input" for Input.Topic).
    public static void AddErrors(this ModelStateDictionary modelState, IReadOnlyDictionary<string, string[]> errors, string? prefix = null)
    {
        foreach (var (field, messages) in errors)
            foreach (var message in messages)
                modelState.AddModelError(prefix is null || field.Length == 0 ? field : $"{prefix}.{field}", message);
    }

    public static IResult Problem(IReadOnlyDictionary<string, string[]> errors, string title, IReadOnlyDictionary<string, string>? jsonNames = null) =>
        Results.ValidationProblem(
            errors.ToDictionary(kv => jsonNames?.GetValueOrDefault(kv.Key) ?? CamelCase(kv.Key), kv => kv.Value),
            title: title);

    private static string CamelCase(string name) =>
        name.Length == 0 ? name : string.Join('.', name.Split('.').Select(part => char.ToLowerInvariant(part[0]) + part[1..]));
}
