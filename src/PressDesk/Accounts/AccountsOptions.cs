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

    // Failed sign-ins counted over this window...
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(15);

    // ...for one account (whatever the address) before its sign-ins are refused for a while,
    public int MaxFailuresPerAccount { get; set; } = 5;

    // ...and from one client address (whatever the account).
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
