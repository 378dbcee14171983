using System.Data;
using Dapper;
using PressDesk.Data;
using PressDesk.Requests;

namespace PressDesk.Alerts;

// The SQL behind alerts: deciding which are due, the outbox of deliveries, and the alerts page.
public sealed class AlertStore(Database database)
{
    private const string Open = RequestStatuses.OpenSql;

    // Every (request, kind) that is due now and not yet fired. The ranges on received_at and
    // deadline use the partial indexes over open requests, so a pass reads only what can be due,
    // not every open request. A warning whose breach is also due is skipped: after a long stop,
    // one breach alert says it all.
    private const string DueSql = $"""
        SELECT r.id AS request_id, 'warning' AS kind, r.received_at + @warnMs AS due FROM requests r
            WHERE {Open} AND r.received_at <= @now - @warnMs AND r.received_at > @now - @targetMs
        UNION ALL
        SELECT r.id, 'breach', r.received_at + @targetMs FROM requests r
            WHERE {Open} AND r.received_at <= @now - @targetMs
        UNION ALL
        SELECT r.id, 'deadline', r.deadline - @leadMs FROM requests r
            WHERE {Open} AND r.deadline IS NOT NULL AND r.deadline <= @now + @leadMs
        """;

    // The next due time of each kind is the first open request past the current one in index
    // order: a few index steps, however many requests are open.
    private const string NextDueSql = $"""
        SELECT min(due) FROM (
            SELECT * FROM (SELECT r.received_at + @warnMs AS due FROM requests r
                WHERE {Open} AND r.received_at > @now - @warnMs ORDER BY r.received_at LIMIT 1)
            UNION ALL
            SELECT * FROM (SELECT r.received_at + @targetMs FROM requests r
                WHERE {Open} AND r.received_at > @now - @targetMs ORDER BY r.received_at LIMIT 1)
            UNION ALL
            SELECT * FROM (SELECT r.deadline - @leadMs FROM requests r
                WHERE {Open} AND r.deadline > @now + @leadMs ORDER BY r.deadline LIMIT 1)
            UNION ALL
            SELECT * FROM (SELECT r.deadline FROM requests r
                WHERE {Open} AND r.deadline > @now ORDER BY r.deadline LIMIT 1)
        )
        """;

    private const string SelectNotice = """
        SELECT a.id AS AlertId, a.kind AS Kind, a.request_id AS RequestId, j.name AS Journalist, o.name AS Outlet,
               r.topic AS Topic, r.received_at AS ReceivedAt, a.due_at AS DueAt, a.fired_at AS FiredAt,
               r.deadline AS Deadline, a.late AS Late,
               u.id AS AssigneeId, coalesce(nullif(trim(u.display_name), ''), u.email) AS AssigneeName, u.email AS AssigneeEmail
        FROM alerts a
        JOIN requests r ON r.id = a.request_id
        LEFT JOIN users u ON u.id = r.assigned_to
        JOIN journalists j ON j.id = r.journalist_id
        LEFT JOIN outlets o ON o.id = j.outlet_id
        """;

    // Writes every alert that is due, with its deliveries, in one transaction; the unique
    // constraint on (request, kind) makes a second firing a no-op.
    public async Task<IReadOnlyList<AlertNotice>> FireDueAsync(
        ResponseTimeOptions clock, IReadOnlyList<DeliveryChannel> outboxChannels, DateTimeOffset now, DateTimeOffset deliverAt,
        TimeSpan lateAfter, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        var fired = (await connection.QueryAsync<long>($"""
            INSERT INTO alerts (request_id, kind, due_at, fired_at, late)
            SELECT d.request_id, d.kind, d.due, @now,
                   -- late only when the request existed before it came due: a request logged after
                   -- the fact fires at once, which is not lateness.
                   @now - d.due > @lateMs AND r.created_at <= d.due
            FROM ({DueSql}) d JOIN requests r ON r.id = d.request_id
            WHERE NOT EXISTS (SELECT 1 FROM alerts a WHERE a.request_id = d.request_id AND a.kind = d.kind)
              -- a reopened request: nothing that fell due while it counted as answered
              AND (r.alerts_from IS NULL OR d.due >= r.alerts_from)
            ON CONFLICT (request_id, kind) DO NOTHING
            RETURNING id
            """, Parameters(clock, now, lateAfter), tx)).ToList();

        foreach (var alertId in fired)
        {
            await connection.ExecuteAsync("""
                INSERT INTO alert_deliveries (alert_id, channel, state, delivered_at) VALUES (@alertId, 'dashboard', 'delivered', @now)
                """, new { alertId, now = now.ToUnixMs() }, tx);
            foreach (var channel in outboxChannels)
                await connection.ExecuteAsync("""
                    INSERT INTO alert_deliveries (alert_id, channel, state, next_attempt_at) VALUES (@alertId, @channel, 'pending', @deliverAt)
                    """, new { alertId, channel = channel.ToString().ToLowerInvariant(), deliverAt = deliverAt.ToUnixMs() }, tx);
        }
        var notices = fired.Count == 0 ? [] : await NoticesAsync(connection, tx, fired);
        await tx.CommitAsync(ct);
        return notices;
    }

    // The earliest moment something is due after now: an alert, or an open request's deadline
    // (when the request becomes Missed).
    public async Task<DateTimeOffset?> NextDueAsync(ResponseTimeOptions clock, DateTimeOffset now, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        var next = await connection.ExecuteScalarAsync<long?>(NextDueSql, Parameters(clock, now, TimeSpan.Zero));
        return UnixTime.FromUnixMs(next);
    }

    public async Task<IReadOnlyList<PendingDelivery>> DueDeliveriesAsync(DateTimeOffset now, int limit, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        var rows = (await connection.QueryAsync<(long Id, string Channel, int Attempts, long AlertId)>("""
            SELECT id, channel, attempts, alert_id FROM alert_deliveries
            WHERE state IN ('pending', 'failed') AND next_attempt_at <= @now
            ORDER BY next_attempt_at, id LIMIT @limit
            """, new { now = now.ToUnixMs(), limit })).ToList();
        if (rows.Count == 0) return [];
        var notices = (await NoticesAsync(connection, null, rows.Select(r => r.AlertId).Distinct().ToList())).ToDictionary(n => n.AlertId);
        return rows.Select(r => new PendingDelivery(r.Id, Enum.Parse<DeliveryChannel>(r.Channel, true), r.Attempts, notices[r.AlertId])).ToList();
    }

    public async Task<DateTimeOffset?> NextDeliveryAttemptAsync(CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return UnixTime.FromUnixMs(await connection.ExecuteScalarAsync<long?>(
            "SELECT min(next_attempt_at) FROM alert_deliveries WHERE state IN ('pending', 'failed')"));
    }

    public async Task<bool> IsAnsweredAsync(long requestId, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return await connection.ExecuteScalarAsync<bool>(
            "SELECT responded_at IS NOT NULL FROM requests WHERE id = @requestId", new { requestId });
    }

    public const string InterruptedError =
        "PressDesk stopped while sending this; the receiver may or may not have it. Resend if it did not arrive.";

    // Committed before each send. Were PressDesk killed after the receiver took the alert but
    // before "delivered" was recorded, a row still due would be sent again at the next start and
    // the receiver would see the alert twice. So an interrupted send is left failed with no next
    // attempt (the schema has no 'sending' state, and a row without next_attempt_at is never
    // picked up again): at most once per send, and /alerts offers Resend. The send's own outcome
    // overwrites this within the same pass. False when the row is no longer due (nothing to send).
    public async Task<bool> MarkSendingAsync(long deliveryId, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return await connection.ExecuteAsync("""
            UPDATE alert_deliveries SET state = 'failed', last_error = @error, next_attempt_at = NULL
            WHERE id = @deliveryId AND state IN ('pending', 'failed')
            """, new { deliveryId, error = InterruptedError }) == 1;
    }

    public async Task RecordAsync(long deliveryId, string state, string? error, DateTimeOffset now, DateTimeOffset? nextAttemptAt)
    {
        await using var connection = await database.OpenAsync();
        await connection.ExecuteAsync("""
            UPDATE alert_deliveries
            SET state = @state, attempts = attempts + (@state IN ('delivered', 'failed')), last_error = @error,
                next_attempt_at = @next, delivered_at = CASE WHEN @state = 'delivered' THEN @now END
            WHERE id = @deliveryId
            """, new { deliveryId, state, error, now = now.ToUnixMs(), next = nextAttemptAt.ToUnixMs() });
    }

    // Sends a failed delivery again now; a delivered one is left alone so a receiver sees it once.
    public async Task<bool> ResendAsync(long deliveryId, DateTimeOffset now, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return await connection.ExecuteAsync(
            "UPDATE alert_deliveries SET state = 'pending', next_attempt_at = @now WHERE id = @deliveryId AND state IN ('failed', 'cancelled')",
            new { deliveryId, now = now.ToUnixMs() }) == 1;
    }

    public async Task<IReadOnlyList<AlertEntry>> RecentAsync(int limit, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        var ids = (await connection.QueryAsync<long>("SELECT id FROM alerts ORDER BY fired_at DESC, id DESC LIMIT @limit", new { limit })).ToList();
        if (ids.Count == 0) return [];
        var notices = await NoticesAsync(connection, null, ids);
        var deliveries = (await connection.QueryAsync<DeliveryRow>("""
            SELECT id AS Id, alert_id AS AlertId, channel AS Channel, state AS State, attempts AS Attempts,
                   last_error AS LastError, next_attempt_at AS NextAttemptAt, delivered_at AS DeliveredAt
            FROM alert_deliveries WHERE alert_id IN @ids ORDER BY channel
            """, new { ids })).ToLookup(d => d.AlertId);
        return notices.OrderByDescending(n => n.FiredAt).ThenByDescending(n => n.AlertId)
            .Select(n => new AlertEntry(n, deliveries[n.AlertId].Select(d => d.ToState()).ToList()))
            .ToList();
    }

    internal static async Task<IReadOnlyList<AlertNotice>> NoticesAsync(IDbConnection connection, IDbTransaction? tx, IReadOnlyList<long> ids)
    {
        var rows = await connection.QueryAsync<NoticeRow>($"{SelectNotice} WHERE a.id IN @ids", new { ids }, tx);
        return rows.Select(r => r.ToNotice()).ToList();
    }

    private static object Parameters(ResponseTimeOptions clock, DateTimeOffset now, TimeSpan lateAfter) => new
    {
        now = now.ToUnixMs(),
        warnMs = (long)clock.WarnAfter.TotalMilliseconds,
        targetMs = (long)clock.Target.TotalMilliseconds,
        leadMs = (long)clock.DeadlineLead.TotalMilliseconds,
        lateMs = (long)lateAfter.TotalMilliseconds,
    };

    private sealed class NoticeRow
    {
        public long AlertId { get; init; }
        public string Kind { get; init; } = "";
        public long RequestId { get; init; }
        public string Journalist { get; init; } = "";
        public string? Outlet { get; init; }
        public string Topic { get; init; } = "";
        public long ReceivedAt { get; init; }
        public long DueAt { get; init; }
        public long FiredAt { get; init; }
        public long? Deadline { get; init; }
        public bool Late { get; init; }
        public long? AssigneeId { get; init; }
        public string? AssigneeName { get; init; }
        public string? AssigneeEmail { get; init; }

        public AlertNotice ToNotice() => new(AlertId, AlertKinds.Parse(Kind), RequestId, Journalist, Outlet, Topic,
            UnixTime.FromUnixMs(ReceivedAt), UnixTime.FromUnixMs(DueAt), UnixTime.FromUnixMs(FiredAt), UnixTime.FromUnixMs(Deadline), Late,
            AssigneeId is { } id ? new AlertAssignee(id, AssigneeName ?? "", AssigneeEmail ?? "") : null);
    }

    private sealed class DeliveryRow
    {
        public long Id { get; init; }
        public long AlertId { get; init; }
        public string Channel { get; init; } = "";
        public string State { get; init; } = "";
        public int Attempts { get; init; }
        public string? LastError { get; init; }
        public long? NextAttemptAt { get; init; }
        public long? DeliveredAt { get; init; }

        public DeliveryState ToState() => new(Enum.Parse<DeliveryChannel>(Channel, true), State, Attempts, LastError,
            UnixTime.FromUnixMs(NextAttemptAt), UnixTime.FromUnixMs(DeliveredAt), Id);
    }
}
