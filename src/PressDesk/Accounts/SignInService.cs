using Microsoft.AspNetCore.Identity;

namespace PressDesk.Accounts;

public abstract record SignInOutcome
{
    public sealed record Succeeded(User User) : SignInOutcome;
    public sealed record Failed : SignInOutcome;
    public sealed record Throttled(TimeSpan RetryAfter) : SignInOutcome;
}

// Checks a password sign-in, throttles repeated failures and records every attempt.
public sealed class SignInService(UserStore users, PasswordPolicy passwords, SignInAttempts attempts)
{
    // Verifying against this when the email is unknown keeps the time the same as for a known one,
    // so response times do not tell which emails have accounts.
    private static readonly Lazy<string> DecoyHash = new(() => new PasswordPolicy().Hash(Guid.NewGuid().ToString()));

    // Check, verify and record run one at a time per account and address: otherwise N parallel
    // guesses all read the count before any failure is written, and all N passwords get checked.
    private readonly KeyedLock pairs = new();

    public async Task<SignInOutcome> AttemptAsync(string email, string password, string remoteIp, string? userAgent)
    {
        email = email.Trim();
        using var _ = await pairs.AcquireAsync($"{email}\n{remoteIp}");
        if (await attempts.RetryAfterAsync(email, remoteIp) is { } retryAfter)
        {
            await attempts.RecordAsync(email, null, false, SignInAttempts.Throttled, remoteIp, userAgent);
            return new SignInOutcome.Throttled(retryAfter);
        }

        var user = await users.FindByEmailAsync(email);
        var result = passwords.Verify(user?.PasswordHash ?? DecoyHash.Value, password);
        if (user is null || result == PasswordVerificationResult.Failed)
        {
            await attempts.RecordAsync(email, user?.Id, false, user is null ? "unknown email" : "wrong password", remoteIp, userAgent);
            return new SignInOutcome.Failed();
        }

        if (result == PasswordVerificationResult.SuccessRehashNeeded)
            await users.UpdatePasswordHashAsync(user.Id, passwords.Hash(password));
        await attempts.RecordAsync(email, user.Id, true, "signed in", remoteIp, userAgent);
        return new SignInOutcome.Succeeded(user);
    }
}
