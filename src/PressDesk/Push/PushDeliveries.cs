using Dapper;
using PressDesk.Data;

namespace PressDesk.Push;

// One device's push that is due: where to send it, in whose language, about what.
public sealed record DuePush(
    long Id, long SubscriptionId, string Kind, long RequestId, int Attempts,
    BrowserSubscription Subscription, string? Language,
    string? Journalist, string? Outlet, string? Topic, DateTimeOffset? ReceivedAt, DateTimeOffset? Deadline, bool Answered, bool OwnerGone,
    long? UserId = null, long? AssignedTo = null, DateTimeOffset? CallbackAt = null)
{
    // The device's owner has the request: the notification may offer "I'm on it" and "Away 1 h".
    public bool ToAssignee => UserId is not null && UserId == AssignedTo;

    public bool RequestGone => Journalist is null;
}

// The SQL of the push outbox (push_deliveries), the way AlertStore does it for alert_deliveries.
public sealed class PushDeliveries(Database database)
{
    public const string InterruptedError = "PressDesk stopped while sending this push; the device may or may not have it.";

    public async Task<IReadOnlyList<DuePush>> DueAsync(DateTimeOffset now, int limit, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        var rows = await connection.QueryAsync<Row>("""
            SELECT d.id AS Id, d.subscription_id AS SubscriptionId, d.kind AS Kind, d.request_id AS RequestId, d.attempts AS Attempts,
                   s.endpoint AS Endpoint, s.p256dh AS P256dh, s.auth AS Auth, u.language AS Language,
                   j.name AS Journalist, o.name AS Outlet, r.topic AS Topic, r.received_at AS ReceivedAt, r.deadline AS Deadline,
                   -- A callback's reminder is moot once the callback is done or cancelled, not once the request is answered
                   -- (a callback that counts as the response answers it).
                   CASE WHEN d.kind LIKE 'callback:%' THEN coalesce(c.state, '') <> 'scheduled' ELSE r.responded_at IS NOT NULL END AS Answered,
                   u.id IS NULL AS OwnerGone, u.id AS UserId, r.assigned_to AS AssignedTo, c.due_at AS CallbackAt
            FROM push_deliveries d
            -- Outer joins: a row whose device or user is gone is returned so the outbox cancels it.
            -- Skipped, it would stay due and NextAttemptAsync would wake the outbox for it at once, forever.
            LEFT JOIN push_subscriptions s ON s.id = d.subscription_id
            LEFT JOIN users u ON u.id = s.user_id
            LEFT JOIN requests r ON r.id = d.request_id
            LEFT JOIN journalists j ON j.id = r.journalist_id
            LEFT JOIN outlets o ON o.id = j.outlet_id
            LEFT JOIN scheduled_callbacks c ON d.kind LIKE 'callback:%' AND c.id = CAST(substr(d.kind, 10) AS INTEGER)
            WHERE d.state IN ('pending', 'failed') AND d.next_attempt_at <= @now
            ORDER BY d.next_attempt_at, d.id LIMIT @limit
            """, new { now = now.ToUnixMs(), limit });
        return rows.Select(r => new DuePush(r.Id, r.SubscriptionId, r.Kind, r.RequestId, r.Attempts,
            new BrowserSubscription(r.Endpoint ?? "", r.P256dh ?? "", r.Auth ?? ""), r.Language, r.Journalist, r.Outlet, r.Topic,
            UnixTime.FromUnixMs(r.ReceivedAt), UnixTime.FromUnixMs(r.Deadline), r.Answered, r.OwnerGone, r.UserId, r.AssignedTo,
            UnixTime.FromUnixMs(r.CallbackAt))).ToList();
    }

    // Over the same rows as DueAsync, which hands back every one of them (an orphan to be cancelled),
    // so a time in the past here is always a row the next pass settles.
    public async Task<DateTimeOffset?> NextAttemptAsync(CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return UnixTime.FromUnixMs(await connection.ExecuteScalarAsync<long?>(
            "SELECT min(next_attempt_at) FROM push_deliveries WHERE state IN ('pending', 'failed')"));
    }

    // As AlertStore.MarkSendingAsync: committed before the send, so a send cut short by PressDesk
    // stopping is not repeated at the next start (at most once per device). False when no longer due.
    public async Task<bool> MarkSendingAsync(long id, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return await connection.ExecuteAsync("""
            UPDATE push_deliveries SET state = 'failed', last_error = @error, next_attempt_at = NULL
            WHERE id = @id AND state IN ('pending', 'failed')
            """, new { id, error = InterruptedError }) == 1;
    }

    public async Task RecordAsync(long id, string state, string? error, DateTimeOffset now, DateTimeOffset? nextAttemptAt)
    {
        await using var connection = await database.OpenAsync();
        await connection.ExecuteAsync("""
            UPDATE push_deliveries
            SET state = @state, attempts = attempts + (@state IN ('delivered', 'failed')), last_error = @error,
                next_attempt_at = @next, delivered_at = CASE WHEN @state = 'delivered' THEN @now END
            WHERE id = @id
            """, new { id, state, error, now = now.ToUnixMs(), next = nextAttemptAt.ToUnixMs() });
    }

    // The contact for VAPID when PressDesk:Push:Subject is not set.
    public async Task<string?> OwnerEmailAsync(CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return await connection.ExecuteScalarAsync<string?>("SELECT email FROM users WHERE role = 'Owner' ORDER BY id LIMIT 1");
    }

    private sealed class Row
    {
        public long Id { get; init; }
        public long SubscriptionId { get; init; }
        public string Kind { get; init; } = "";
        public long RequestId { get; init; }
        public int Attempts { get; init; }
        public string? Endpoint { get; init; }
        public string? P256dh { get; init; }
        public string? Auth { get; init; }
        public string? Language { get; init; }
        public string? Journalist { get; init; }
        public string? Outlet { get; init; }
        public string? Topic { get; init; }
        public long? ReceivedAt { get; init; }
        public long? Deadline { get; init; }
        public bool Answered { get; init; }
        public bool OwnerGone { get; init; }
        public long? UserId { get; init; }
        public long? AssignedTo { get; init; }
        public long? CallbackAt { get; init; }
    }
}
