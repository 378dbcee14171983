using Microsoft.Extensions.Localization;
using PressDesk.Validation;

namespace PressDesk.Accounts;

// The rules for a new API key: a name that says what will use it.
public sealed class ApiKeyValidator(IStringLocalizer<ApiKeyValidator> localizer)
{
    public const int NameMax = 100;

    public Validated<string> Validate(string? name)
    {
        var errors = new FieldErrors(localizer);
        var clean = FieldErrors.CleanLine(name);
        if (clean is null) errors.Add("Name", "Name the key after what will use it, such as 'Website form'.");
        else if (clean.Length > NameMax) errors.Add("Name", "A key's name is at most {0} characters.", NameMax);
        return errors.Result(() => clean!);
    }
}
