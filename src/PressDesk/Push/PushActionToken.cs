using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using PressDesk.Data;

namespace PressDesk.Push;

// What a push notification's buttons may do, for whom, about which request, until when.
public static class PushActions
{
    public const string Acknowledge = "acknowledge";   // "I'm on it"
    public const string Away = "away";                 // "Away 1 h"

    public static readonly TimeSpan AwayFor = TimeSpan.FromHours(1);

    public static IReadOnlyList<string> All { get; } = [Acknowledge, Away];
}

public sealed record PushActionGrant(long UserId, long RequestId, IReadOnlyList<string> Actions);

// The notification is the capability: its action URL carries this token, encrypted and signed by
// Data Protection (the key ring in the data folder), so the service worker can post it without
// the session cookie, from a locked phone, and nobody can forge or widen one. It expires after
// Lifetime on the app's TimeProvider; Data Protection's own time-limited protector is not used
// because it reads the system clock, which the tests (and the bar) do not allow.
public sealed class PushActionToken(IDataProtectionProvider protection, TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(2);

    private readonly IDataProtector _protector = protection.CreateProtector("PressDesk.Push.Actions.v1");

    public string Protect(PushActionGrant grant) =>
        _protector.Protect(JsonSerializer.Serialize(
            new Payload(grant.UserId, grant.RequestId, [.. grant.Actions], (time.GetUtcNow() + Lifetime).ToUnixMs())));

    // Null when tampered with, made by another PressDesk, or expired.
    public PushActionGrant? Unprotect(string? token)
    {
        if (string.IsNullOrEmpty(token)) return null;
        try
        {
            var payload = JsonSerializer.Deserialize<Payload>(_protector.Unprotect(token));
            if (payload is null || time.GetUtcNow() >= UnixTime.FromUnixMs(payload.ExpiresAt)) return null;
            return new PushActionGrant(payload.UserId, payload.RequestId, payload.Actions ?? []);
        }
        catch (Exception e) when (e is CryptographicException or JsonException or FormatException)
        {
            return null;
        }
    }

    private sealed record Payload(long UserId, long RequestId, string[]? Actions, long ExpiresAt);
}
