using Dapper;
using PressDesk.Data;
using PressDesk.Requests;

namespace PressDesk.Alerts;

// The alerts at the top of a person's dashboard: for each open request, its newest alert, until that
// person dismisses it. An alert that fired while no dashboard was open shows at the next one; a
// breach replaces the request's "Call back soon"; an answered request's alerts have nothing left to
// ask, so they go. The SQL starts from the open requests (their partial index), not from every alert.
// Mine: only the requests the person has, and those nobody has yet (as push does: the assignee
// first, everyone when there is none); Everyone's: every open request's.
public sealed class AlertBanners(Database database)
{
    public const int Shown = 20;

    private const string Newest = $"""
        SELECT (SELECT max(a.id) FROM alerts a WHERE a.request_id = r.id) AS alert_id
        FROM requests r WHERE {RequestStatuses.OpenSql}
          AND (NOT @mine OR r.assigned_to IS NULL OR r.assigned_to = @userId)
        """;

    public async Task<IReadOnlyList<AlertNotice>> ForAsync(long userId, CancellationToken ct = default) => await ForAsync(userId, mine: false, ct);

    public async Task<IReadOnlyList<AlertNotice>> ForAsync(long userId, bool mine, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        var ids = (await connection.QueryAsync<long>($"""
            SELECT n.alert_id FROM ({Newest}) n
            WHERE n.alert_id IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM alert_dismissals d WHERE d.user_id = @userId AND d.alert_id = n.alert_id)
            ORDER BY n.alert_id DESC LIMIT @limit
            """, new { userId, mine, limit = Shown })).ToList();
        if (ids.Count == 0) return [];
        var notices = await AlertStore.NoticesAsync(connection, null, ids);
        return notices.OrderByDescending(n => n.AlertId).ToList();
    }

    // Once per person and alert; an alert that no longer exists (its request deleted) is nothing to dismiss.
    public async Task DismissAsync(long userId, long alertId, DateTimeOffset now, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        await connection.ExecuteAsync("""
            INSERT INTO alert_dismissals (alert_id, user_id, dismissed_at)
            SELECT id, @userId, @now FROM alerts WHERE id = @alertId
            ON CONFLICT DO NOTHING
            """, new { userId, alertId, now = now.ToUnixMs() });
    }
}
