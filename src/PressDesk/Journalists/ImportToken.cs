using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using PressDesk.Data;

namespace PressDesk.Journalists;

// Carries an uploaded CSV from the preview to the confirmation inside the page, encrypted and
// signed, so the server keeps nothing in between and the browser cannot change what was previewed.
public sealed class ImportToken(IDataProtectionProvider protection, TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    private readonly IDataProtector _protector = protection.CreateProtector("PressDesk.Journalists.Import.v1");

    public string Protect(string fileName, string content) =>
        _protector.Protect(JsonSerializer.Serialize(new Payload(time.GetUtcNow().ToUnixMs(), fileName, content)));

    // Null when the token was tampered with, comes from elsewhere, or is older than Lifetime.
    public (string FileName, string Content)? Unprotect(string? token)
    {
        if (string.IsNullOrEmpty(token)) return null;
        try
        {
            var payload = JsonSerializer.Deserialize<Payload>(_protector.Unprotect(token));
            if (payload is null || time.GetUtcNow() - UnixTime.FromUnixMs(payload.IssuedAt) > Lifetime) return null;
            return (payload.FileName, payload.Content);
        }
        catch (Exception e) when (e is CryptographicException or JsonException or FormatException)
        {
            return null;
        }
    }

    private sealed record Payload(long IssuedAt, string FileName, string Content);
}
