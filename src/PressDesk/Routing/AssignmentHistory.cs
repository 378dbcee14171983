using Dapper;
using PressDesk.Data;

namespace PressDesk.Routing;

// A request's hand-overs, escalations and "I'm on it", oldest first, as the request page shows them.
public sealed class AssignmentHistory(Database database)
{
    public async Task<IReadOnlyList<AssignmentEntry>> ForAsync(long requestId, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        var rows = await connection.QueryAsync<Row>("""
            SELECT a.id AS Id, a.user_id AS UserId, a.user_name AS UserName, a.event AS Event, a.reason AS Reason,
                   a.by_user_id AS ByUserId, coalesce(nullif(trim(b.display_name), ''), b.email) AS ByName, a.at AS At
            FROM request_assignments a LEFT JOIN users b ON b.id = a.by_user_id
            WHERE a.request_id = @requestId ORDER BY a.id
            """, new { requestId });
        return rows.Select(r => new AssignmentEntry(r.Id, r.UserId, r.UserName, r.Event, r.Reason, r.ByUserId, r.ByName,
            UnixTime.FromUnixMs(r.At))).ToList();
    }

    private sealed class Row
    {
        public long Id { get; init; }
        public long? UserId { get; init; }
        public string UserName { get; init; } = "";
        public string Event { get; init; } = "";
        public string? Reason { get; init; }
        public long? ByUserId { get; init; }
        public string? ByName { get; init; }
        public long At { get; init; }
    }
}

// ByName: who did it, when a person did (null for routing and escalation, or a member since removed).
public sealed record AssignmentEntry(
    long Id, long? UserId, string UserName, string Event, string? Reason, long? ByUserId, string? ByName, DateTimeOffset At);
