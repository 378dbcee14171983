using System.Data.Common;
using Dapper;
using PressDesk.Data;
using PressDesk.Requests;

namespace PressDesk.Routing;

// The SQL of escalation: which open requests are due to move on now, when the next one will be,
// and, inside the unit of work that moves one, where it stands at that moment.
public sealed class EscalationStore(Database database)
{
    private const string Open = RequestStatuses.OpenSql;

    // Reasons, as stored in request_assignments.reason.
    public const string Unacknowledged = "unacknowledged";
    public const string Away = "away";
    public const string Warning = "warning";

    // Never the press officer's requests when they are the last step (it fell to them, was escalated
    // or handed to them), so nothing is due for them and a request the pass cannot move is not found
    // due again at every wake-up. Routed to them as a spokesperson whose areas matched, it climbs the
    // ladder like anyone's. The twin in C# is EscalationState.IsLastStep.
    private const string LastEventSql =
        "(SELECT a.event FROM request_assignments a WHERE a.request_id = r.id AND a.event <> 'acknowledged' ORDER BY a.id DESC LIMIT 1)";

    private const string NotTheLastStep = $"NOT (r.assigned_to = @officer AND coalesce({LastEventSql}, '') <> 'routed')";

    // The warning step is due once: when the request's holder was given it before its warning
    // time. An escalation (or a hand-over) at or after the warning gives the next person a fresh
    // start, so no flag is needed to remember it happened.
    private const string DueSql = $"""
        SELECT r.id FROM requests r
            WHERE {Open} AND r.acknowledged_at IS NULL AND r.assigned_to IS NOT NULL AND {NotTheLastStep}
              AND r.assigned_at <= @now - @ackMs
        UNION
        SELECT r.id FROM requests r JOIN users u ON u.id = r.assigned_to
            WHERE {Open} AND r.acknowledged_at IS NULL AND {NotTheLastStep} AND u.away_until > @now
        UNION
        SELECT r.id FROM requests r
            WHERE {Open} AND r.assigned_to IS NOT NULL AND {NotTheLastStep}
              AND r.received_at <= @now - @warnMs AND r.assigned_at < r.received_at + @warnMs
        """;

    // Away has no time of its own: Away.Changed wakes the worker when someone goes away.
    private const string NextDueSql = $"""
        SELECT min(due) FROM (
            SELECT * FROM (SELECT r.assigned_at + @ackMs AS due FROM requests r
                WHERE {Open} AND r.acknowledged_at IS NULL AND r.assigned_to IS NOT NULL AND {NotTheLastStep}
                  AND r.assigned_at > @now - @ackMs ORDER BY r.assigned_at LIMIT 1)
            UNION ALL
            SELECT * FROM (SELECT r.received_at + @warnMs FROM requests r
                WHERE {Open} AND r.assigned_to IS NOT NULL AND {NotTheLastStep}
                  AND r.received_at > @now - @warnMs ORDER BY r.received_at LIMIT 1)
        )
        """;

    public async Task<IReadOnlyList<long>> DueAsync(EscalationClock clock, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return [.. await connection.QueryAsync<long>($"{DueSql} ORDER BY 1", clock.Parameters)];
    }

    public async Task<DateTimeOffset?> NextDueAsync(EscalationClock clock, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return UnixTime.FromUnixMs(await connection.ExecuteScalarAsync<long?>(NextDueSql, clock.Parameters));
    }

    // Where the request stands inside the transaction that may move it: what "I'm on it", a
    // hand-over or an answer committed just before is seen here, and wins.
    public static async Task<EscalationState?> StateAsync(DbConnection connection, DbTransaction tx, long requestId)
    {
        var row = await connection.QuerySingleOrDefaultAsync<StateRow>($"""
            SELECT r.id AS Id, r.assigned_to AS AssignedTo, r.assigned_at AS AssignedAt, r.acknowledged_at AS AcknowledgedAt,
                   r.received_at AS ReceivedAt, r.topic AS Topic, r.question AS Question, u.away_until AS AwayUntil,
                   {LastEventSql} AS LastEvent
            FROM requests r LEFT JOIN users u ON u.id = r.assigned_to
            WHERE r.id = @requestId AND {Open}
            """, new { requestId }, tx);
        if (row is null || row.AssignedTo is null || row.AssignedAt is null) return null;
        var asked = await connection.QueryAsync<long>(
            "SELECT DISTINCT user_id FROM request_assignments WHERE request_id = @requestId AND user_id IS NOT NULL", new { requestId }, tx);
        return new EscalationState(row.Id, row.AssignedTo.Value, UnixTime.FromUnixMs(row.AssignedAt.Value),
            row.AcknowledgedAt is not null, UnixTime.FromUnixMs(row.ReceivedAt), row.Topic, row.Question,
            UnixTime.FromUnixMs(row.AwayUntil), new HashSet<long>(asked) { row.AssignedTo.Value }, row.LastEvent);
    }

    private sealed class StateRow
    {
        public long Id { get; init; }
        public long? AssignedTo { get; init; }
        public long? AssignedAt { get; init; }
        public long? AcknowledgedAt { get; init; }
        public long ReceivedAt { get; init; }
        public string Topic { get; init; } = "";
        public string Question { get; init; } = "";
        public long? AwayUntil { get; init; }
        public string? LastEvent { get; init; }
    }
}

// The settings and moment one pass works with. Officer: the press officer's id (none: -1).
public sealed record EscalationClock(DateTimeOffset Now, TimeSpan AcknowledgeWithin, TimeSpan WarnAfter, long Officer)
{
    public object Parameters => new
    {
        now = Now.ToUnixMs(),
        ackMs = (long)AcknowledgeWithin.TotalMilliseconds,
        warnMs = (long)WarnAfter.TotalMilliseconds,
        officer = Officer,
    };
}

// Asked: everyone who has had the request, its holder included (the next step asks someone else).
public sealed record EscalationState(
    long RequestId, long AssignedTo, DateTimeOffset AssignedAt, bool Acknowledged, DateTimeOffset ReceivedAt,
    string Topic, string Question, DateTimeOffset? AssigneeAwayUntil, IReadOnlySet<long> Asked, string? LastEvent)
{
    // The press officer is the last step unless the request was routed to them for their areas
    // (NotTheLastStep in EscalationStore's SQL says the same).
    public bool IsLastStep(long officer) => AssignedTo == officer && LastEvent != AssignmentEvents.Routed;

    // Why it moves on now, or null when it stays (acknowledged meanwhile, handed over, not yet due).
    // Away first: it is what the holder said, and it is due at once.
    public string? ReasonAt(EscalationClock clock)
    {
        if (!Acknowledged && AssigneeAwayUntil is { } until && until > clock.Now) return EscalationStore.Away;
        if (!Acknowledged && AssignedAt + clock.AcknowledgeWithin <= clock.Now) return EscalationStore.Unacknowledged;
        var warnAt = ReceivedAt + clock.WarnAfter;
        if (warnAt <= clock.Now && AssignedAt < warnAt) return EscalationStore.Warning;
        return null;
    }
}
