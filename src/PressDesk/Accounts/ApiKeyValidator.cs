using Microsoft.Extensions.Localization;
using PressDesk.Validation;

namespace PressDesk.Accounts;

public sealed record NewApiKey(string Name, IReadOnlyList<string> Scopes);

// The rules for a new API key: a name that says what will use it, and at least one known scope.
public sealed class ApiKeyValidator(IStringLocalizer<ApiKeyValidator> localizer)
{
    public const int NameMax = 100;
    public const string ScopesField = "Scopes";

    public Validated<NewApiKey> Validate(string? name, IReadOnlyList<string>? scopes)
    {
        var errors = new FieldErrors(localizer);
        var clean = FieldErrors.CleanLine(name);
        if (clean is null) errors.Add("Name", "Name the key after what will use it, such as 'Website form'.");
        else if (clean.Length > NameMax) errors.Add("Name", "A key's name is at most {0} characters.", NameMax);
        if (scopes is not { Count: > 0 }) errors.Add(ScopesField, "Choose at least one thing the key may do.");
        else if (scopes.FirstOrDefault(s => !ApiScopes.IsKnown(s)) is { } unknown) errors.Add(ScopesField, "'{0}' is not a scope PressDesk knows.", unknown);
        return errors.Result(() => new NewApiKey(clean!, ApiScopes.Normalize(scopes!)));
    }
}
