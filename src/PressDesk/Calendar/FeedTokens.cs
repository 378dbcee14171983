using System.Security.Cryptography;
using System.Text;
using Dapper;
using Microsoft.AspNetCore.WebUtilities;
using PressDesk.Data;

namespace PressDesk.Calendar;

public static class FeedScopes
{
    public const string Mine = "mine";
    public const string Team = "team";
}

public sealed record CalendarFeed(long UserId, string Scope, DateTimeOffset CreatedAt);

// The private feed addresses. A token is 32 random bytes (base64url, 43 characters); only its
// SHA-256 is stored, so PressDesk can recognise a token but never show it again: it is shown once,
// when it is made, as API keys are. Regenerating overwrites the hash, which revokes the old token.
public sealed class FeedTokens(Database database, TimeProvider time)
{
    public async Task<IReadOnlyList<CalendarFeed>> ListAsync(long userId, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        var rows = await connection.QueryAsync<(string Scope, long CreatedAt)>(
            "SELECT scope, created_at FROM calendar_feeds WHERE user_id = @userId ORDER BY scope", new { userId });
        return rows.Select(r => new CalendarFeed(userId, r.Scope, UnixTime.FromUnixMs(r.CreatedAt))).ToList();
    }

    // A new token for the member's feed of that scope, replacing any earlier one at once.
    public async Task<string> IssueAsync(long userId, string scope, CancellationToken ct)
    {
        var token = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        await using var connection = await database.OpenAsync(ct);
        await connection.ExecuteAsync("""
            INSERT INTO calendar_feeds (user_id, scope, token_hash, created_at) VALUES (@userId, @scope, @hash, @now)
            ON CONFLICT (user_id, scope) DO UPDATE SET token_hash = excluded.token_hash, created_at = excluded.created_at
            """, new { userId, scope, hash = Hash(token), now = time.GetUtcNow().ToUnixMs() });
        return token;
    }

    // Only when the member has no feed of that scope yet (two tabs opening the page at once make one).
    public async Task<string?> IssueIfMissingAsync(long userId, string scope, CancellationToken ct)
    {
        var token = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        await using var connection = await database.OpenAsync(ct);
        var made = await connection.ExecuteAsync("""
            INSERT INTO calendar_feeds (user_id, scope, token_hash, created_at) VALUES (@userId, @scope, @hash, @now)
            ON CONFLICT (user_id, scope) DO NOTHING
            """, new { userId, scope, hash = Hash(token), now = time.GetUtcNow().ToUnixMs() });
        return made == 1 ? token : null;
    }

    // The feed a token opens, or null: unknown, revoked, or a team feed whose member is no longer the owner.
    public async Task<CalendarFeed?> FindAsync(string token, CancellationToken ct)
    {
        if (token.Length is < 40 or > 64) return null;
        await using var connection = await database.OpenAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<(long UserId, string Scope, long CreatedAt, string Role)?>("""
            SELECT f.user_id, f.scope, f.created_at, u.role FROM calendar_feeds f JOIN users u ON u.id = f.user_id
            WHERE f.token_hash = @hash
            """, new { hash = Hash(token) });
        if (row is not { } feed) return null;
        if (feed.Scope == FeedScopes.Team && feed.Role != Accounts.Roles.Owner) return null;
        return new CalendarFeed(feed.UserId, feed.Scope, UnixTime.FromUnixMs(feed.CreatedAt));
    }

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
