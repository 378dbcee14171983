using Dapper;
using Microsoft.Data.Sqlite;
using PressDesk.Data;

namespace PressDesk.Accounts;

// The one way a password is replaced, whether its owner changes it on /account, follows a reset
// link, or the server's administrator runs `reset-password`: the new hash and the end of the
// account's sessions are one transaction, so a stolen session does not outlive the old password.
public sealed class AccountPasswords(Database database, PasswordPolicy passwords, TimeProvider time)
{
    // keepSessionId: the session of the person changing their own password, which stays signed in.
    public async Task ReplaceAsync(long userId, string newPassword, string? keepSessionId = null, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
        await ReplaceAsync(connection, transaction, userId, newPassword, keepSessionId);
        await transaction.CommitAsync(ct);
    }

    // For a caller that has more to write in the same transaction (a reset link marked used).
    public async Task ReplaceAsync(SqliteConnection connection, SqliteTransaction transaction, long userId, string newPassword, string? keepSessionId)
    {
        var hash = passwords.Hash(newPassword);
        await connection.ExecuteAsync("UPDATE users SET password_hash = @hash WHERE id = @userId", new { userId, hash }, transaction);
        await connection.ExecuteAsync("""
            UPDATE sessions SET ended_at = @now
            WHERE user_id = @userId AND ended_at IS NULL AND (@keepSessionId IS NULL OR id <> @keepSessionId)
            """, new { userId, keepSessionId, now = time.GetUtcNow().ToUnixMs() }, transaction);
    }
}
