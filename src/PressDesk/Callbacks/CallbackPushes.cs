using System.Data.Common;
using Dapper;
using PressDesk.Data;
using PressDesk.Push;

namespace PressDesk.Callbacks;

// A callback's reminder in the push outbox: one row per device of the member who calls back, and
// of nobody else. push_deliveries is unique on (subscription, request, kind), which would let a
// request have one callback reminder per device, ever: a rescheduled second callback would be
// dropped by ON CONFLICT. The kind is therefore the callback's own ("callback:17", see
// PushKinds.CallbackReminder): the key then says "one reminder per device per callback", which is
// the guarantee wanted, without rebuilding the shared table. Muting is by the plain kind.
// Not held by quiet hours: the member chose this time themselves.
public sealed class CallbackPushes(PushFanOut push, TimeProvider time)
{
    public async Task QueueAsync(DbConnection connection, DbTransaction tx, long requestId, long callbackId, long userId)
    {
        if (!push.Enabled) return;
        var now = time.GetUtcNow().ToUnixMs();
        await connection.ExecuteAsync("""
            INSERT INTO push_deliveries (subscription_id, request_id, kind, alert_id, state, created_at, next_attempt_at)
            SELECT s.id, @requestId, @kind, NULL, 'pending', @now, @now
            FROM push_subscriptions s
            WHERE s.user_id = @userId
              AND NOT EXISTS (SELECT 1 FROM push_muted_kinds m WHERE m.user_id = s.user_id AND m.kind = @muted)
            ON CONFLICT (subscription_id, request_id, kind) DO NOTHING
            """, new { requestId, kind = PushKinds.CallbackReminder(callbackId), muted = PushKinds.Callback, userId, now }, tx);
    }
}
