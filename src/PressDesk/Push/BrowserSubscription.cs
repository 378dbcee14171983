using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;

namespace PressDesk.Push;

// The browser's PushSubscription JSON as posted by push.js (PushSubscription.toJSON()).
public sealed class PushSubscriptionBody
{
    public string? Endpoint { get; set; }
    public long? ExpirationTime { get; set; }
    public PushSubscriptionKeys? Keys { get; set; }
}

public sealed class PushSubscriptionKeys
{
    public string? P256dh { get; set; }
    public string? Auth { get; set; }
}

public sealed record BrowserSubscription(string Endpoint, string P256dh, string Auth)
{
    // A subscription PressDesk can encrypt for (a P-256 point and a 16-byte secret, RFC 8291) at a
    // push service it may call. Errors by field, in the caller's language.
    public static (BrowserSubscription? Subscription, Dictionary<string, string[]> Errors) Validate(
        PushSubscriptionBody body, PushOptions options, IStringLocalizer L)
    {
        var errors = new Dictionary<string, string[]>();
        if (!Uri.TryCreate(body.Endpoint, UriKind.Absolute, out var endpoint) || endpoint.Scheme is not ("https" or "http"))
            errors["endpoint"] = [L["The endpoint must be the absolute https address the browser's push service gave."]];
        else if (!options.Allows(endpoint))
            errors["endpoint"] = [L["{0} is not a known push service; PressDesk only sends to the hosts in PressDesk:Push:AllowedEndpointHosts.", endpoint.Host]];
        if (Decoded(body.Keys?.P256dh) is not { Length: 65 } point || point[0] != 0x04)
            errors["keys.p256dh"] = [L["keys.p256dh must be the browser's P-256 public key (65 bytes, base64url)."]];
        if (Decoded(body.Keys?.Auth) is not { Length: 16 })
            errors["keys.auth"] = [L["keys.auth must be the browser's 16-byte secret (base64url)."]];
        return errors.Count > 0 ? (null, errors) : (new BrowserSubscription(body.Endpoint!, body.Keys!.P256dh!, body.Keys.Auth!), errors);
    }

    private static byte[]? Decoded(string? base64Url)
    {
        if (string.IsNullOrEmpty(base64Url)) return null;
        try { return WebEncoders.Base64UrlDecode(base64Url.TrimEnd('=')); }
        catch (FormatException) { return null; }
    }
}
