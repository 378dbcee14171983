using Microsoft.AspNetCore.Identity;
using PressDesk.Validation;

namespace PressDesk.Accounts;

// A signed-in person replaces their own password. The current one is asked for so that a session
// left open on a shared computer is not enough to take the account over.
public sealed class PasswordChange(
    UserStore users, PasswordPolicy passwords, NewPasswordValidator validator, AccountPasswords accountPasswords)
{
    public const string CurrentField = "CurrentPassword";

    // Every other session of the account ends; keepSessionId, the one asking, stays.
    public async Task<Validated<bool>> ChangeAsync(
        long userId, string? current, string? replacement, string? confirmation, string keepSessionId, CancellationToken ct = default)
    {
        var user = await users.FindByIdAsync(userId, ct) ?? throw new InvalidOperationException($"User {userId} is gone.");
        var errors = validator.Check(replacement, confirmation, user);
        if (string.IsNullOrEmpty(current) || passwords.Verify(user.PasswordHash, current) == PasswordVerificationResult.Failed)
            errors.Add(CurrentField, "This is not your current password.");
        else if (replacement == current)
            errors.Add(NewPasswordValidator.NewField, "Choose a password other than the current one.");
        if (errors.Any) return errors.Result(() => false);

        await accountPasswords.ReplaceAsync(userId, replacement!, keepSessionId, ct);
        return Validated.Valid(true);
    }
}
