using System.Data.Common;
using Dapper;
using Microsoft.Extensions.Options;
using PressDesk.Alerts;
using PressDesk.Data;
using PressDesk.Hosting;

namespace PressDesk.Push;

// Puts a push in the outbox for every device that should get it: one row per device, so each
// device gets it at most once and a failing device never holds up the others. Every user's
// devices, today (the assignment issue narrows it), less the kinds a user turned off.
public sealed class PushFanOut(
    Database database, IOptionsMonitor<PushOptions> push, IOptionsMonitor<AlertOptions> alerts, DisplayTime displayTime, TimeProvider time)
{
    private const string FanOutSql = """
        INSERT INTO push_deliveries (subscription_id, request_id, kind, alert_id, state, created_at, next_attempt_at)
        SELECT s.id, @requestId, @kind, @alertId, 'pending', @now, @deliverAt
        FROM push_subscriptions s JOIN users u ON u.id = s.user_id
        WHERE (@exceptUserId IS NULL OR s.user_id <> @exceptUserId)
          AND NOT EXISTS (SELECT 1 FROM push_muted_kinds m WHERE m.user_id = s.user_id AND m.kind = @kind)
        ON CONFLICT (subscription_id, request_id, kind) DO NOTHING
        """;

    public bool Enabled => push.CurrentValue.Enabled;

    // A new request, in the unit of work that logs it: it is pushed if and only if it is stored.
    // Not to the person who typed it in (they know); quiet hours hold it like the alerts.
    // The outbox wakes on the request's change event, after the commit.
    public async Task QueueNewRequestAsync(DbConnection connection, DbTransaction tx, long requestId, long? typedBy)
    {
        if (!Enabled) return;
        var now = time.GetUtcNow();
        var deliverAt = QuietHours.DeliverAt(alerts.CurrentValue.QuietHours, displayTime, now);
        await connection.ExecuteAsync(FanOutSql, new
        {
            requestId, kind = PushKinds.NewRequest, alertId = (long?)null, exceptUserId = typedBy,
            now = now.ToUnixMs(), deliverAt = deliverAt.ToUnixMs(),
        }, tx);
    }

    // An alert, when its push row in the alert outbox comes due (after quiet hours): due at once.
    public async Task QueueAlertAsync(AlertNotice notice, CancellationToken ct)
    {
        var now = time.GetUtcNow().ToUnixMs();
        await using var connection = await database.OpenAsync(ct);
        await connection.ExecuteAsync(FanOutSql, new
        {
            requestId = notice.RequestId, kind = notice.Kind.Name(), alertId = (long?)notice.AlertId, exceptUserId = (long?)null,
            now, deliverAt = now,
        });
    }
}
