using System.Data;
using Dapper;
using PressDesk.Data;
using PressDesk.Journalists;

namespace PressDesk.Requests;

public enum RespondOutcome { Recorded, NotFound, AlreadyAnswered }

// SQL for requests, shared by the pages, the API and the deadline worker.
public sealed class RequestStore(Database database, JournalistStore journalists, TimeProvider time)
{
    private const string SelectRequest = """
        SELECT r.id, r.topic, r.question, r.channel, r.received_at AS ReceivedAt, r.deadline,
               r.status, r.responded_at AS RespondedAt, r.response_note AS ResponseNote,
               j.id AS JournalistId, j.name AS JournalistName, o.name AS OutletName
        FROM requests r
        JOIN journalists j ON j.id = r.journalist_id
        LEFT JOIN outlets o ON o.id = j.outlet_id
        """;

    // Returns null when the request names a journalist id that does not exist.
    public async Task<long?> CreateAsync(NewRequest request, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        var requestId = await InsertAsync(connection, tx, request);
        if (requestId is not null) await tx.CommitAsync(ct);
        return requestId;
    }

    // Inside the caller's transaction, so intake can store the request and its message identity together.
    public async Task<long?> InsertAsync(IDbConnection connection, IDbTransaction tx, NewRequest request)
    {
        var journalistId = request.JournalistId is { } id
            ? await journalists.ExistsAsync(connection, tx, id) ? id : (long?)null
            : await journalists.FindOrCreateAsync(connection, tx, request.JournalistName!, request.Outlet);
        if (journalistId is null) return null;

        var now = time.GetUtcNow().ToUnixMs();
        return await connection.ExecuteScalarAsync<long>("""
            INSERT INTO requests (journalist_id, topic, question, channel, received_at, deadline, status, created_at, updated_at)
            VALUES (@journalistId, @Topic, @Question, @channel, @receivedAt, @deadline, 'New', @now, @now)
            RETURNING id
            """,
            new
            {
                journalistId,
                request.Topic,
                request.Question,
                channel = request.Channel.Name(),
                receivedAt = request.ReceivedAt.ToUnixMs(),
                deadline = request.Deadline.ToUnixMs(),
                now,
            }, tx);
    }

    public async Task<Request?> GetAsync(long id, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<Row>($"{SelectRequest} WHERE r.id = @id", new { id });
        return row?.ToRequest();
    }

    // Most urgent first: least time left to the response target, then the nearest deadline.
    public async Task<IReadOnlyList<Request>> ListOpenAsync(CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        var rows = await connection.QueryAsync<Row>($"""
            {SelectRequest}
            WHERE r.responded_at IS NULL AND r.status IN ('New', 'Preparing')
            ORDER BY r.received_at, r.deadline IS NULL, r.deadline, r.id
            """);
        return rows.Select(r => r.ToRequest()).ToList();
    }

    // Newest first. Reads one row more than asked to tell whether another page follows.
    public async Task<(IReadOnlyList<Request> Items, bool HasMore)> ListAsync(
        int page, int pageSize, bool openOnly, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        var filter = openOnly ? "WHERE r.responded_at IS NULL AND r.status IN ('New', 'Preparing')" : "";
        var rows = (await connection.QueryAsync<Row>($"""
            {SelectRequest}
            {filter}
            ORDER BY r.received_at DESC, r.id DESC
            LIMIT @take OFFSET @skip
            """, new { take = pageSize + 1, skip = (page - 1) * pageSize })).ToList();
        var items = rows.Take(pageSize).Select(r => r.ToRequest()).ToList();
        return (items, rows.Count > pageSize);
    }

    public async Task<RespondOutcome> RespondAsync(long id, NewResponse response, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        var changed = await connection.ExecuteAsync("""
            UPDATE requests
            SET responded_at = @respondedAt, response_note = @Note, status = @status, updated_at = @now
            WHERE id = @id AND responded_at IS NULL AND status IN ('New', 'Preparing', 'Missed')
            """,
            new
            {
                id,
                respondedAt = response.RespondedAt.ToUnixMs(),
                response.Note,
                status = (response.Declined ? RequestStatus.Declined : RequestStatus.Responded).ToString(),
                now = time.GetUtcNow().ToUnixMs(),
            });
        if (changed == 1) return RespondOutcome.Recorded;
        var exists = await connection.ExecuteScalarAsync<bool>("SELECT EXISTS (SELECT 1 FROM requests WHERE id = @id)", new { id });
        return exists ? RespondOutcome.AlreadyAnswered : RespondOutcome.NotFound;
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

    public async Task<DateTimeOffset?> NextOpenDeadlineAsync(CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        var next = await connection.ExecuteScalarAsync<long?>("""
            SELECT min(deadline) FROM requests
            WHERE responded_at IS NULL AND status IN ('New', 'Preparing') AND deadline IS NOT NULL
            """);
        return UnixTime.FromUnixMs(next);
    }

    // The journalist's deadline passed with no response: the request is Missed.
    public async Task<int> MarkMissedAsync(DateTimeOffset now, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return await connection.ExecuteAsync("""
            UPDATE requests SET status = 'Missed', updated_at = @now
            WHERE responded_at IS NULL AND status IN ('New', 'Preparing') AND deadline IS NOT NULL AND deadline <= @now
            """, new { now = now.ToUnixMs() });
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
        public string? OutletName { get; init; }

        public Request ToRequest() => new(
            Id,
            new JournalistRef(JournalistId, JournalistName, OutletName),
            Topic,
            Question,
            Channels.TryParse(Channel, out var channel) ? channel : Requests.Channel.Other,
            UnixTime.FromUnixMs(ReceivedAt),
            UnixTime.FromUnixMs(Deadline),
            Enum.Parse<RequestStatus>(Status),
            UnixTime.FromUnixMs(RespondedAt),
            ResponseNote);
    }
}
