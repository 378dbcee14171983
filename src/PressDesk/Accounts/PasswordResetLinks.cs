using System.Security.Cryptography;
using System.Text;
using Dapper;
using Microsoft.Data.Sqlite;
using PressDesk.Data;

namespace PressDesk.Accounts;

// One-time links the owner gives a member who forgot their password. The token is a random
// 256-bit secret shown once; only its SHA-256 is stored (like an API key, it is not guessable, so a
// slow hash buys nothing). A link works once, for an hour, and a newer link for the same person
// replaces the older one.
public sealed class PasswordResetLinks(Database database, AccountPasswords accountPasswords, TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    public async Task<string> IssueAsync(long userId, long issuedBy, CancellationToken ct = default)
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var now = time.GetUtcNow();
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
        await connection.ExecuteAsync(
            "UPDATE password_resets SET used_at = @now WHERE user_id = @userId AND used_at IS NULL",
            new { userId, now = now.ToUnixMs() }, transaction);
        await connection.ExecuteAsync("""
            INSERT INTO password_resets (token_hash, user_id, created_by, created_at, expires_at)
            VALUES (@hash, @userId, @issuedBy, @now, @expires)
            """, new { hash = Hash(token), userId, issuedBy, now = now.ToUnixMs(), expires = (now + Lifetime).ToUnixMs() }, transaction);
        await transaction.CommitAsync(ct);
        return token;
    }

    // The email of the account the link opens, while it is unused and young enough.
    public async Task<string?> FindEmailAsync(string token, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return await connection.ExecuteScalarAsync<string?>("""
            SELECT u.email FROM password_resets r JOIN users u ON u.id = r.user_id
            WHERE r.token_hash = @hash AND r.used_at IS NULL AND r.expires_at > @now
            """, new { hash = Hash(token), now = time.GetUtcNow().ToUnixMs() });
    }

    // Spends the link and sets the password in one transaction: two posts of the same link set it once.
    // Every session of the account ends. False when the link is unknown, used or expired.
    public async Task<bool> RedeemAsync(string token, string newPassword, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
        var userId = await connection.ExecuteScalarAsync<long?>("""
            UPDATE password_resets SET used_at = @now
            WHERE token_hash = @hash AND used_at IS NULL AND expires_at > @now
            RETURNING user_id
            """, new { hash = Hash(token), now = time.GetUtcNow().ToUnixMs() }, transaction);
        if (userId is null) return false;
        await accountPasswords.ReplaceAsync(connection, transaction, userId.Value, newPassword, keepSessionId: null);
        await transaction.CommitAsync(ct);
        return true;
    }

    private static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
