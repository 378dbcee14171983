namespace PressDesk.Accounts;

public sealed class SessionOptions
{
    public const string Section = "PressDesk:Sessions";

    // A session unused this long ends (sliding: each visit renews it).
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromDays(1);

    // However active, a session ends this long after sign-in.
    public TimeSpan AbsoluteLifetime { get; set; } = TimeSpan.FromDays(14);
}

public sealed class SignInThrottleOptions
{
    public const string Section = "PressDesk:SignIn";

    // Failed sign-ins are remembered this long: long enough that an attacker's waits keep growing
    // to MaxDelay instead of levelling off as the first failures are forgotten.
    public TimeSpan Window { get; set; } = TimeSpan.FromDays(1);

    // Failures for one account from one client address before that pair waits between attempts...
    public int FreeFailures { get; set; } = 3;

    // ...first this long, doubling with each further failure, up to MaxDelay.
    public TimeSpan FirstDelay { get; set; } = TimeSpan.FromSeconds(5);

    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromMinutes(15);

    // With this many failures for one account from other addresses (a distributed attack), an
    // address gets no free failure for it, and its waits grow with the size of the attack. An
    // address with no failure is never refused: the right password from there signs in.
    public int MaxFailuresPerAccount { get; set; } = 5;

    // Past this many failures from one address, whatever the accounts, that address waits too.
    public int MaxFailuresPerAddress { get; set; } = 20;
}

// Unattended install: the owner and an API key from configuration, created once at start.
public sealed class BootstrapOptions
{
    public const string Section = "PressDesk:Bootstrap";

    public string? OwnerEmail { get; set; }
    public string? OwnerPassword { get; set; }
    public string? ApiKey { get; set; }

    // What that key may do (ApiScopes, space- or comma-separated); empty: requests:write for a new key,
    // and an existing key keeps its scopes.
    public string? ApiKeyScopes { get; set; }
}
