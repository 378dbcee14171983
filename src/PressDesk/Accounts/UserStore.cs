using System.Data.Common;
using Dapper;
using PressDesk.Data;

namespace PressDesk.Accounts;

public sealed class UserStore(Database database, TimeProvider time)
{
    private const string SelectUser = "SELECT id, email, role, password_hash AS PasswordHash, created_at AS CreatedAt, display_name AS DisplayName FROM users";

    public async Task<bool> AnyAsync(CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return await connection.ExecuteScalarAsync<bool>("SELECT EXISTS (SELECT 1 FROM users)");
    }

    // Creates the owner only while nobody exists: two setup forms posted at once make one owner.
    // language and timeZone: what setup asked (null for the unattended install, which asks nothing).
    public async Task<long?> CreateFirstOwnerAsync(
        string email, string passwordHash, string? language = null, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return await connection.ExecuteScalarAsync<long?>("""
            INSERT INTO users (email, role, password_hash, created_at, language)
            SELECT @email, 'Owner', @passwordHash, @now, @language
            WHERE NOT EXISTS (SELECT 1 FROM users)
            RETURNING id
            """, new { email, passwordHash, language, now = time.GetUtcNow().ToUnixMs() });
    }

    // Returns null when the email is already taken.
    public async Task<long?> CreateMemberAsync(string email, string passwordHash, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return await connection.ExecuteScalarAsync<long?>("""
            INSERT INTO users (email, role, password_hash, created_at)
            VALUES (@email, 'Member', @passwordHash, @now)
            ON CONFLICT (email) DO NOTHING
            RETURNING id
            """, new { email, passwordHash, now = time.GetUtcNow().ToUnixMs() });
    }

    public async Task<User?> FindByEmailAsync(string email, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<User>($"{SelectUser} WHERE email = @email", new { email });
    }

    public async Task<User?> FindByIdAsync(long id, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<User>($"{SelectUser} WHERE id = @id", new { id });
    }

    public async Task<IReadOnlyList<User>> ListAsync(CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return (await connection.QueryAsync<User>($"{SelectUser} ORDER BY role DESC, email")).ToList();
    }

    public async Task UpdatePasswordHashAsync(long id, string passwordHash, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        await connection.ExecuteAsync("UPDATE users SET password_hash = @passwordHash WHERE id = @id", new { id, passwordHash });
    }

    // Removing a member ends their sessions with them (ON DELETE CASCADE). The owner stays. Their
    // devices, pushes and muted kinds go in the same transaction: the push tables carry no foreign
    // key (0019_push.sql) and SQLite reuses the highest users.id, so a member invited next would
    // otherwise inherit the removed member's phones, which would keep receiving every push.
    // Inside RemoveMember's unit of work, which first hands the member's open requests on.
    public async Task<bool> RemoveMemberAsync(DbConnection connection, DbTransaction tx, long id)
    {
        if (await connection.ExecuteAsync("DELETE FROM users WHERE id = @id AND role = 'Member'", new { id }, tx) != 1) return false;
        await connection.ExecuteAsync("""
            DELETE FROM push_deliveries WHERE subscription_id IN (SELECT id FROM push_subscriptions WHERE user_id = @id);
            DELETE FROM push_subscriptions WHERE user_id = @id;
            DELETE FROM push_muted_kinds WHERE user_id = @id;
            """, new { id }, tx);
        return true;
    }

    // The owner hands the role to a member and becomes a member: both rows change together, and
    // only while they still are owner and member, so the app never has two owners or none.
    public async Task<bool> TransferOwnershipAsync(long ownerId, long memberId, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return await connection.ExecuteAsync("""
            UPDATE users SET role = CASE id WHEN @memberId THEN 'Owner' ELSE 'Member' END
            WHERE id IN (@ownerId, @memberId)
              AND (SELECT COUNT(*) FROM users WHERE (id = @ownerId AND role = 'Owner') OR (id = @memberId AND role = 'Member')) = 2
            """, new { ownerId, memberId }) == 2;
    }

    public async Task<AccountProfile> GetProfileAsync(long id, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return await connection.QuerySingleAsync<AccountProfile>(
            "SELECT language, display_name AS DisplayName, job_title AS JobTitle, phone FROM users WHERE id = @id", new { id });
    }

    public async Task UpdateProfileAsync(long id, AccountProfile profile, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        await connection.ExecuteAsync("""
            UPDATE users SET language = @Language, display_name = @DisplayName, job_title = @JobTitle, phone = @Phone
            WHERE id = @id
            """, new { id, profile.Language, profile.DisplayName, profile.JobTitle, profile.Phone });
    }
}
