using Dapper;
using PressDesk.Data;

namespace PressDesk.Callbacks;

// What the request page, the dashboard and the API read of scheduled_callbacks.
public sealed class CallbackQueries(Database database)
{
    private const string Select = """
        SELECT c.id AS Id, c.request_id AS RequestId, c.due_at AS DueAt, c.user_id AS UserId,
               coalesce(nullif(trim(u.display_name), ''), u.email) AS UserName, c.note AS Note,
               c.counts_as_response AS CountsAsResponse, c.state AS State, c.reminded_at AS RemindedAt, c.created_at AS CreatedAt
        FROM scheduled_callbacks c LEFT JOIN users u ON u.id = c.user_id
        """;

    // Scheduled ones first, in time order, then what was done or cancelled, latest first.
    public async Task<IReadOnlyList<Callback>> ForRequestAsync(long requestId, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        var rows = await connection.QueryAsync<Row>($"""
            {Select}
            WHERE c.request_id = @requestId
            ORDER BY c.state <> 'scheduled', CASE WHEN c.state = 'scheduled' THEN c.due_at ELSE -c.due_at END, c.id
            """, new { requestId });
        return rows.Select(r => r.ToCallback()).ToList();
    }

    public async Task<Callback?> GetAsync(long requestId, long callbackId, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(
            $"{Select} WHERE c.request_id = @requestId AND c.id = @callbackId", new { requestId, callbackId });
        return row?.ToCallback();
    }

    // What is still to do from `from` on (the start of today on the dashboard), soonest first.
    public async Task<IReadOnlyList<UpcomingCallback>> UpcomingAsync(DateTimeOffset from, int limit, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        var rows = await connection.QueryAsync<(long Id, long RequestId, long DueAt, string? UserName, string Journalist, string? Outlet, string? Phone, string Topic)>("""
            SELECT c.id, c.request_id, c.due_at, coalesce(nullif(trim(u.display_name), ''), u.email), j.name, o.name, j.phone, r.topic
            FROM scheduled_callbacks c
            JOIN requests r ON r.id = c.request_id
            JOIN journalists j ON j.id = r.journalist_id
            LEFT JOIN outlets o ON o.id = j.outlet_id
            LEFT JOIN users u ON u.id = c.user_id
            WHERE c.state = 'scheduled' AND c.due_at >= @from
            ORDER BY c.due_at, c.id LIMIT @limit
            """, new { from = from.ToUnixMs(), limit });
        return rows.Select(r => new UpcomingCallback(
            r.Id, r.RequestId, UnixTime.FromUnixMs(r.DueAt), r.UserName, r.Journalist, r.Outlet, r.Phone, r.Topic)).ToList();
    }

    // Whom a callback can be given to, as the Team page names them.
    public async Task<IReadOnlyList<(long Id, string Name)>> MembersAsync(CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return (await connection.QueryAsync<(long Id, string Name)>(
            "SELECT id, coalesce(nullif(trim(display_name), ''), email) FROM users ORDER BY 2 COLLATE NOCASE, id")).ToList();
    }

    public async Task<long?> AssigneeAsync(long requestId, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return await connection.ExecuteScalarAsync<long?>("SELECT assigned_to FROM requests WHERE id = @requestId", new { requestId });
    }

    private sealed class Row
    {
        public long Id { get; init; }
        public long RequestId { get; init; }
        public long DueAt { get; init; }
        public long? UserId { get; init; }
        public string? UserName { get; init; }
        public string? Note { get; init; }
        public bool CountsAsResponse { get; init; }
        public string State { get; init; } = "";
        public long? RemindedAt { get; init; }
        public long CreatedAt { get; init; }

        public Callback ToCallback() => new(Id, RequestId, UnixTime.FromUnixMs(DueAt), UserId, UserName, Note, CountsAsResponse, State,
            UnixTime.FromUnixMs(RemindedAt), UnixTime.FromUnixMs(CreatedAt));
    }
}
