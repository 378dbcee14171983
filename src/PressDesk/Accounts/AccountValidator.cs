using Microsoft.Extensions.Localization;
using PressDesk.Validation;

namespace PressDesk.Accounts;

public sealed record NewAccount(string Email, string Password);

// One set of rules for an account, from the setup page, the team page and the unattended
// install: an email address by the one definition, and a password by PasswordPolicy.
public sealed class AccountValidator(IStringLocalizer<AccountValidator> localizer)
{
    // confirmation is checked when the form asks for the password twice.
    public Validated<NewAccount> Validate(string? email, string? password, bool confirm = false, string? confirmation = null)
    {
        var errors = new FieldErrors(localizer);
        var address = FieldErrors.CleanLine(email);
        errors.Required(nameof(NewAccount.Email), address, "Email");
        errors.Email(nameof(NewAccount.Email), address, "Email");
        foreach (var problem in PasswordPolicy.CheckPassword(password, address)) errors.Add(nameof(NewAccount.Password), problem);
        if (confirm && password != confirmation) errors.Add("ConfirmPassword", "The two passwords differ.");
        return errors.Result(() => new NewAccount(address!, password!));
    }
}
