using Dapper;
using PressDesk.Data;

namespace PressDesk.Requests;

// Reading requests, for the pages and the API. Writing them is RequestLifecycle's.
public sealed class RequestStore(Database database)
{
    private const string SelectRequest = """
        SELECT r.id, r.topic, r.question, r.channel, r.received_at AS ReceivedAt, r.deadline,
               r.status, r.responded_at AS RespondedAt, r.response_note AS ResponseNote,
               j.id AS JournalistId, j.name AS JournalistName, j.phone AS JournalistPhone, o.name AS OutletName,
               r.assigned_to AS AssignedTo, r.assigned_at AS AssignedAt, r.acknowledged_at AS AcknowledgedAt,
               coalesce(nullif(trim(a.display_name), ''), a.email) AS AssigneeName
        FROM requests r
        JOIN journalists j ON j.id = r.journalist_id
        LEFT JOIN outlets o ON o.id = j.outlet_id
        LEFT JOIN users a ON a.id = r.assigned_to
        """;

    public async Task<Request?> GetAsync(long id, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<Row>($"{SelectRequest} WHERE r.id = @id", new { id });
        return row?.ToRequest();
    }

    // The requests with these ids, in the order given (missing ids left out).
    public async Task<IReadOnlyList<Request>> GetManyAsync(IReadOnlyCollection<long> ids, CancellationToken ct = default)
    {
        if (ids.Count == 0) return [];
        await using var connection = await database.OpenAsync(ct);
        var rows = (await connection.QueryAsync<Row>($"{SelectRequest} WHERE r.id IN @ids", new { ids = ids.ToArray() })).ToDictionary(r => r.Id);
        return ids.Where(rows.ContainsKey).Select(id => rows[id].ToRequest()).ToList();
    }

    // Most urgent first: least time left to the response target, then the nearest deadline.
    public async Task<IReadOnlyList<Request>> ListOpenAsync(CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        var rows = await connection.QueryAsync<Row>($"""
            {SelectRequest}
            WHERE {RequestStatuses.OpenSql}
            ORDER BY r.received_at, r.deadline IS NULL, r.deadline, r.id
            """);
        return rows.Select(r => r.ToRequest()).ToList();
    }

    // Newest first. Reads one row more than asked to tell whether another page follows.
    public async Task<(IReadOnlyList<Request> Items, bool HasMore)> ListAsync(
        int page, int pageSize, bool openOnly, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        var filter = openOnly ? $"WHERE {RequestStatuses.OpenSql}" : "";
        var rows = (await connection.QueryAsync<Row>($"""
            {SelectRequest}
            {filter}
            ORDER BY r.received_at DESC, r.id DESC
            LIMIT @take OFFSET @skip
            """, new { take = pageSize + 1, skip = (page - 1) * pageSize })).ToList();
        var items = rows.Take(pageSize).Select(r => r.ToRequest()).ToList();
        return (items, rows.Count > pageSize);
    }

    // The request's corrections, oldest first.
    public async Task<IReadOnlyList<RequestChange>> HistoryAsync(long id, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        var rows = await connection.QueryAsync<(long ChangedAt, string ChangedBy, string Field, string? Before, string? After)>(
            "SELECT changed_at, changed_by, field, before, after FROM request_changes WHERE request_id = @id ORDER BY id", new { id });
        return rows.Select(r => new RequestChange(UnixTime.FromUnixMs(r.ChangedAt), r.ChangedBy, r.Field, r.Before, r.After)).ToList();
    }

    // Receipt and response times of requests received since a moment, for the dashboard summary.
    public async Task<IReadOnlyList<(DateTimeOffset ReceivedAt, DateTimeOffset? RespondedAt)>> ResponseTimesSinceAsync(
        DateTimeOffset since, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        var rows = await connection.QueryAsync<(long ReceivedAt, long? RespondedAt)>(
            "SELECT received_at, responded_at FROM requests WHERE received_at >= @since",
            new { since = since.ToUnixMs() });
        return rows.Select(r => (UnixTime.FromUnixMs(r.ReceivedAt), UnixTime.FromUnixMs(r.RespondedAt))).ToList();
    }

    private sealed class Row
    {
        public long Id { get; init; }
        public string Topic { get; init; } = "";
        public string Question { get; init; } = "";
        public string Channel { get; init; } = "";
        public long ReceivedAt { get; init; }
        public long? Deadline { get; init; }
        public string Status { get; init; } = "";
        public long? RespondedAt { get; init; }
        public string? ResponseNote { get; init; }
        public long JournalistId { get; init; }
        public string JournalistName { get; init; } = "";
        public string? JournalistPhone { get; init; }
        public string? OutletName { get; init; }
        public long? AssignedTo { get; init; }
        public long? AssignedAt { get; init; }
        public long? AcknowledgedAt { get; init; }
        public string? AssigneeName { get; init; }

        public Request ToRequest() => new(
            Id,
            new JournalistRef(JournalistId, JournalistName, OutletName, JournalistPhone),
            Topic,
            Question,
            Channels.TryParse(Channel, out var channel) ? channel : Requests.Channel.Other,
            UnixTime.FromUnixMs(ReceivedAt),
            UnixTime.FromUnixMs(Deadline),
            Enum.Parse<RequestStatus>(Status),
            UnixTime.FromUnixMs(RespondedAt),
            ResponseNote,
            AssignedTo is { } assignee
                ? new RequestAssignee(assignee, AssigneeName ?? "", UnixTime.FromUnixMs(AssignedAt ?? 0), UnixTime.FromUnixMs(AcknowledgedAt))
                : null);
    }
}
