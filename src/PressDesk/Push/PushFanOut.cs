using System.Data.Common;
using Dapper;
using Microsoft.Extensions.Options;
using PressDesk.Alerts;
using PressDesk.Data;
using PressDesk.Hosting;

namespace PressDesk.Push;

// Puts a push in the outbox for every device that should get it: one row per device, so each
// device gets it at most once and a failing device never holds up the others, less the kinds a
// user turned off. A new request goes to everyone's devices (anyone may take it); an alert to the
// devices of the request's assignee, everyone's when it has none; an escalation to its new holder's.
public sealed class PushFanOut(
    Database database, IOptionsMonitor<PushOptions> push, IOptionsMonitor<AlertOptions> alerts, DisplayTime displayTime, TimeProvider time)
{
    private const string FanOutSql = """
        INSERT INTO push_deliveries (subscription_id, request_id, kind, alert_id, state, created_at, next_attempt_at)
        SELECT s.id, @requestId, @kind, @alertId, 'pending', @now, @deliverAt
        FROM push_subscriptions s JOIN users u ON u.id = s.user_id
        WHERE (@exceptUserId IS NULL OR s.user_id <> @exceptUserId)
          AND (@toUserId IS NULL OR s.user_id = @toUserId)
          AND (NOT @toAssignee OR s.user_id = coalesce((SELECT r.assigned_to FROM requests r WHERE r.id = @requestId), s.user_id))
          AND NOT EXISTS (SELECT 1 FROM push_muted_kinds m WHERE m.user_id = s.user_id AND m.kind = @kind)
        """;

    private const string OncePerDevice = " ON CONFLICT (subscription_id, request_id, kind) DO NOTHING";

    // A request can come back to someone who had it (the press officer, when every member asked
    // passed it on): each escalation to them is a new call to act, so a finished row (delivered or
    // cancelled) is armed again. One pending or failing row is left alone: its retries still send
    // it at most once, and the unique key still holds one row per device, request and kind.
    private const string OncePerEscalation = """
         ON CONFLICT (subscription_id, request_id, kind) DO UPDATE
            SET state = 'pending', attempts = 0, last_error = NULL, created_at = excluded.created_at,
                next_attempt_at = excluded.next_attempt_at, delivered_at = NULL
            WHERE push_deliveries.state IN ('delivered', 'cancelled')
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
        await connection.ExecuteAsync(FanOutSql + OncePerDevice, new
        {
            requestId, kind = PushKinds.NewRequest, alertId = (long?)null, exceptUserId = typedBy, toUserId = (long?)null, toAssignee = false,
            now = now.ToUnixMs(), deliverAt = deliverAt.ToUnixMs(),
        }, tx);
    }

    // An escalation, in the unit of work that gives the request to its new holder: to their
    // devices only. Quiet hours hold it like a new request (the press officer's phone is asked at
    // night only when the team wants it).
    public async Task QueueEscalationAsync(DbConnection connection, DbTransaction tx, long requestId, long toUserId)
    {
        if (!Enabled) return;
        var now = time.GetUtcNow();
        var deliverAt = QuietHours.DeliverAt(alerts.CurrentValue.QuietHours, displayTime, now);
        await connection.ExecuteAsync(FanOutSql + OncePerEscalation, new
        {
            requestId, kind = PushKinds.Escalation, alertId = (long?)null, exceptUserId = (long?)null, toUserId = (long?)toUserId, toAssignee = false,
            now = now.ToUnixMs(), deliverAt = deliverAt.ToUnixMs(),
        }, tx);
    }

    // An alert, when its push row in the alert outbox comes due (after quiet hours): due at once, to
    // whoever has the request then (it may have been escalated since the alert fired).
    public async Task QueueAlertAsync(AlertNotice notice, CancellationToken ct)
    {
        var now = time.GetUtcNow().ToUnixMs();
        await using var connection = await database.OpenAsync(ct);
        await connection.ExecuteAsync(FanOutSql + OncePerDevice, new
        {
            requestId = notice.RequestId, kind = notice.Kind.Name(), alertId = (long?)notice.AlertId, exceptUserId = (long?)null,
            toUserId = (long?)null, toAssignee = true, now, deliverAt = now,
        });
    }
}
