using System.Security.Cryptography;
using Dapper;
using PressDesk.Data;

namespace PressDesk.Accounts;

// Language: the account's own choice ("fr", "en"), or null to follow the browser.
public sealed record ActiveSession(string Id, long UserId, string Email, string Role, DateTimeOffset CreatedAt, string? Language = null);

// Server-side sessions: the cookie names one, and it must still be here, unended and young
// enough, on every request.
public sealed class SessionStore(Database database, TimeProvider time)
{
    // A fresh, unguessable id at every sign-in.
    public async Task<string> StartAsync(long userId, CancellationToken ct = default)
    {
        var id = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        var now = time.GetUtcNow().ToUnixMs();
        await using var connection = await database.OpenAsync(ct);
        await connection.ExecuteAsync(
            "INSERT INTO sessions (id, user_id, created_at, last_seen_at) VALUES (@id, @userId, @now, @now)",
            new { id, userId, now });
        return id;
    }

    public async Task<ActiveSession?> FindActiveAsync(string id, TimeSpan absoluteLifetime, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        await using var connection = await database.OpenAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<(string Id, long UserId, string Email, string Role, long CreatedAt, string? Language)>("""
            SELECT s.id, s.user_id, u.email, u.role, s.created_at, u.language
            FROM sessions s JOIN users u ON u.id = s.user_id
            WHERE s.id = @id AND s.ended_at IS NULL AND s.created_at > @oldest
            """, new { id, oldest = (now - absoluteLifetime).ToUnixMs() });
        return row.Id is null ? null : new ActiveSession(row.Id, row.UserId, row.Email, row.Role, UnixTime.FromUnixMs(row.CreatedAt), row.Language);
    }

    public async Task EndAsync(string id, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        await connection.ExecuteAsync(
            "UPDATE sessions SET ended_at = @now WHERE id = @id AND ended_at IS NULL",
            new { id, now = time.GetUtcNow().ToUnixMs() });
    }
}
