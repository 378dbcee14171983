using Microsoft.Extensions.Localization;
using PressDesk.Validation;

namespace PressDesk.Accounts;

// A password chosen to replace another (on /account, through a reset link, at the command line):
// PasswordPolicy's rules, and the same text typed twice where a form asks for it.
public sealed class NewPasswordValidator(IStringLocalizer<NewPasswordValidator> localizer)
{
    public const string NewField = "NewPassword";
    public const string ConfirmField = "ConfirmNewPassword";

    public FieldErrors Check(string? password, string? confirmation, User account, bool confirm = true)
    {
        var errors = new FieldErrors(localizer);
        foreach (var problem in PasswordPolicy.CheckPassword(password, account.Email, account.DisplayName)) errors.Add(NewField, problem);
        if (confirm && password != confirmation) errors.Add(ConfirmField, "The two passwords differ.");
        return errors;
    }
}
