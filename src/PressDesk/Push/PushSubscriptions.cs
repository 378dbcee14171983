using Dapper;
using PressDesk.Data;

namespace PressDesk.Push;

public sealed record PushDevice(long Id, string Endpoint, string DeviceName, DateTimeOffset CreatedAt);

// Each user's devices and the kinds they turned off.
public sealed class PushSubscriptions(Database database, TimeProvider time)
{
    public const int MaxDeviceName = 80;

    // The same endpoint again is the same device: its keys and owner are refreshed, its name kept.
    public async Task SaveAsync(long userId, BrowserSubscription subscription, string deviceName, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        await connection.ExecuteAsync("""
            INSERT INTO push_subscriptions (user_id, endpoint, p256dh, auth, device_name, created_at)
            VALUES (@userId, @Endpoint, @P256dh, @Auth, @deviceName, @now)
            ON CONFLICT (endpoint) DO UPDATE SET user_id = excluded.user_id, p256dh = excluded.p256dh, auth = excluded.auth
            """, new { userId, subscription.Endpoint, subscription.P256dh, subscription.Auth, deviceName, now = time.GetUtcNow().ToUnixMs() });
    }

    // Asked by the alert outbox for every alert (IAlertChannel.IsEnabled is synchronous), so that an
    // install where nobody turned push on records no push delivery at all. One index probe; SQLite
    // does its I/O synchronously anyway, so the wait is no longer than the async call's.
    public bool AnyDevice()
    {
        using var connection = database.OpenAsync().GetAwaiter().GetResult();
        return connection.ExecuteScalar<bool>("SELECT EXISTS (SELECT 1 FROM push_subscriptions)");
    }

    public async Task<IReadOnlyList<PushDevice>> DevicesAsync(long userId, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        var rows = await connection.QueryAsync<(long Id, string Endpoint, string DeviceName, long CreatedAt)>(
            "SELECT id, endpoint, device_name, created_at FROM push_subscriptions WHERE user_id = @userId ORDER BY created_at, id",
            new { userId });
        return rows.Select(r => new PushDevice(r.Id, r.Endpoint, r.DeviceName, UnixTime.FromUnixMs(r.CreatedAt))).ToList();
    }

    public async Task<bool> RenameAsync(long userId, long id, string deviceName, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return await connection.ExecuteAsync(
            "UPDATE push_subscriptions SET device_name = @deviceName WHERE id = @id AND user_id = @userId",
            new { userId, id, deviceName }) == 1;
    }

    public Task<bool> RemoveAsync(long userId, long id, CancellationToken ct = default) =>
        DeleteAsync("id = @id AND user_id = @userId", new { userId, id }, ct);

    public Task<bool> RemoveAsync(long userId, string endpoint, CancellationToken ct = default) =>
        DeleteAsync("endpoint = @endpoint AND user_id = @userId", new { userId, endpoint }, ct);

    // The push service said the subscription is gone (404/410): nobody will ever read it there.
    public Task<bool> RemoveGoneAsync(long id, CancellationToken ct = default) => DeleteAsync("id = @id", new { id }, ct);

    public async Task<IReadOnlySet<string>> MutedKindsAsync(long userId, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return (await connection.QueryAsync<string>("SELECT kind FROM push_muted_kinds WHERE user_id = @userId", new { userId })).ToHashSet();
    }

    public async Task SetMutedKindsAsync(long userId, IEnumerable<string> muted, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        await connection.ExecuteAsync("DELETE FROM push_muted_kinds WHERE user_id = @userId", new { userId }, tx);
        foreach (var kind in muted.Intersect(PushKinds.All))
            await connection.ExecuteAsync("INSERT INTO push_muted_kinds (user_id, kind) VALUES (@userId, @kind)", new { userId, kind }, tx);
        await tx.CommitAsync(ct);
    }

    // A device and its outbox rows go together (SQLite enforces no foreign keys here).
    private async Task<bool> DeleteAsync(string where, object parameters, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        await connection.ExecuteAsync(
            $"DELETE FROM push_deliveries WHERE subscription_id IN (SELECT id FROM push_subscriptions WHERE {where})", parameters, tx);
        var removed = await connection.ExecuteAsync($"DELETE FROM push_subscriptions WHERE {where}", parameters, tx);
        await tx.CommitAsync(ct);
        return removed > 0;
    }
}
