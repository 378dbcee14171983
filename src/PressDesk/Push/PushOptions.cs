namespace PressDesk.Push;

public sealed class PushOptions
{
    public const string Section = "PressDesk:Push";

    // Web Push to the devices people turned it on for. On by default: it costs nothing until a device subscribes.
    public bool Enabled { get; set; } = true;

    // The contact a push service can write to about this server (VAPID "sub"): mailto: or https:.
    // Empty: the owner's email address, read when a push is sent (an owner exists by then: only a
    // signed-in person can subscribe a device).
    public string? Subject { get; set; }

    // The push services a subscription may point at, so PressDesk cannot be made to POST anywhere
    // else. A host, or *.domain for its subdomains; "http://host" also allows plain http for that
    // one host (a local push service in tests). Setting the list replaces the default one.
    public string[]? AllowedEndpointHosts { get; set; }

    // Chrome, Edge's Chromium engine, Opera and Samsung Internet use FCM (older subscriptions
    // still name android.googleapis.com); Firefox Mozilla's autopush; Edge on Windows WNS; Safari Apple's.
    public static readonly string[] BrowserPushServices =
    [
        "fcm.googleapis.com", "android.googleapis.com", "updates.push.services.mozilla.com",
        "*.notify.windows.com", "*.push.apple.com",
    ];

    public IReadOnlyList<string> AllowedHosts => AllowedEndpointHosts is { Length: > 0 } hosts ? hosts : BrowserPushServices;

    public bool Allows(Uri endpoint)
    {
        foreach (var entry in AllowedHosts)
        {
            var insecure = entry.StartsWith("http://", StringComparison.OrdinalIgnoreCase);
            var host = insecure ? entry["http://".Length..].TrimEnd('/') : entry;
            var scheme = endpoint.Scheme == Uri.UriSchemeHttps || (insecure && endpoint.Scheme == Uri.UriSchemeHttp);
            var matches = host.StartsWith("*.", StringComparison.Ordinal)
                ? endpoint.Host.EndsWith(host[1..], StringComparison.OrdinalIgnoreCase)
                : string.Equals(endpoint.Host, host, StringComparison.OrdinalIgnoreCase);
            if (scheme && matches) return true;
        }
        return false;
    }

    public static bool IsValidSubject(string? subject) =>
        subject is not null
        && (subject.StartsWith("mailto:", StringComparison.Ordinal)
                ? MimeKit.MailboxAddress.TryParse(subject["mailto:".Length..], out var address) && address.Address.Contains('@')
                : Uri.TryCreate(subject, UriKind.Absolute, out var url) && url.Scheme == Uri.UriSchemeHttps);
}
