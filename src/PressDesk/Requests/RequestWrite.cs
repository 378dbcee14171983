using System.Data.Common;
using Dapper;
using PressDesk.Data;
using static PressDesk.Requests.RequestStatuses;

namespace PressDesk.Requests;

public enum RespondOutcome { Recorded, NotFound, AlreadyAnswered }

public enum FollowUpOutcome { Recorded, NotFound, NotCalledBack }

// The transitions of a request's life, inside one transaction. Each checks that the transition is
// allowed from the current status (in its WHERE clause, so a concurrent writer cannot slip in
// between) and says whether it happened. CommitAsync raises RequestLifecycle.Changed when any did.
public sealed class RequestWrite : IAsyncDisposable
{
    private readonly RequestLifecycle _lifecycle;
    private readonly bool _ownsConnection;
    private bool _changed;

    internal RequestWrite(RequestLifecycle lifecycle, DbConnection connection, DbTransaction transaction, bool ownsConnection)
    {
        (_lifecycle, Connection, Transaction, _ownsConnection) = (lifecycle, connection, transaction, ownsConnection);
    }

    public DbConnection Connection { get; }

    public DbTransaction Transaction { get; }

    public async Task<RequestStatus?> StatusAsync(long requestId)
    {
        var status = await Connection.ExecuteScalarAsync<string?>(
            "SELECT status FROM requests WHERE id = @requestId", new { requestId }, Transaction);
        return status is null ? null : Enum.Parse<RequestStatus>(status);
    }

    // Logs a new request. Returns null when it names a journalist id that does not exist.
    public async Task<long?> LogAsync(NewRequest request)
    {
        var journalistId = request.JournalistId is { } id
            ? await _lifecycle.Journalists.ExistsAsync(Connection, Transaction, id) ? id : (long?)null
            : await _lifecycle.Journalists.FindOrCreateAsync(Connection, Transaction, request.JournalistName!, request.Outlet);
        if (journalistId is null) return null;
        await _lifecycle.Journalists.LearnContactAsync(Connection, Transaction, journalistId.Value, request.JournalistEmail, request.JournalistPhone);

        var now = _lifecycle.NowMs;
        var requestId = await Connection.ExecuteScalarAsync<long>("""
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
            }, Transaction);
        return Changed(requestId);
    }

    // Opening the prep: a New request becomes Preparing. False when it was not New.
    public async Task<bool> StartPrepAsync(long requestId) =>
        Changed(await ExecuteAsync(
            $"UPDATE requests AS r SET status = 'Preparing', updated_at = @now WHERE r.id = @requestId AND r.status = 'New' AND {OpenSql}",
            new { requestId }) == 1);

    // A saved prep changes what the dashboard shows for the request, whatever its status.
    public async Task<bool> PrepSavedAsync(long requestId)
    {
        await StartPrepAsync(requestId);
        return Changed(await ExecuteAsync("UPDATE requests SET updated_at = @now WHERE id = @requestId", new { requestId }) == 1);
    }

    public async Task<RespondOutcome> RespondAsync(long requestId, NewResponse response)
    {
        var changed = await ExecuteAsync($"""
            UPDATE requests AS r
            SET responded_at = @respondedAt, response_note = @Note, status = @status, updated_at = @now
            WHERE r.id = @requestId AND {AnswerableSql}
            """,
            new
            {
                requestId,
                respondedAt = response.RespondedAt.ToUnixMs(),
                response.Note,
                status = (response.Declined ? RequestStatus.Declined : RequestStatus.Responded).ToString(),
            });
        if (Changed(changed == 1)) return RespondOutcome.Recorded;
        return await StatusAsync(requestId) is null ? RespondOutcome.NotFound : RespondOutcome.AlreadyAnswered;
    }

    // An interview follows a callback: a Responded request becomes Interviewed; later ones keep their status.
    public Task<FollowUpOutcome> MarkInterviewedAsync(long requestId) =>
        FollowUpAsync(requestId, $"""
            UPDATE requests AS r
            SET status = CASE r.status WHEN 'Responded' THEN 'Interviewed' ELSE r.status END, updated_at = @now
            WHERE r.id = @requestId AND {CalledBackSql}
            """, new { requestId });

    // What came out of it: Published or NotPublished, recorded again when it is corrected.
    public Task<FollowUpOutcome> RecordOutcomeAsync(long requestId, bool published) =>
        FollowUpAsync(requestId, $"""
            UPDATE requests AS r SET status = @status, updated_at = @now
            WHERE r.id = @requestId AND {CalledBackSql}
            """, new { requestId, status = (published ? RequestStatus.Published : RequestStatus.NotPublished).ToString() });

    // The journalist's deadline passed with no response.
    public async Task<int> MarkMissedAsync(DateTimeOffset now)
    {
        var missed = await Connection.ExecuteAsync($"""
            UPDATE requests AS r SET status = 'Missed', updated_at = @now
            WHERE {OpenSql} AND r.deadline IS NOT NULL AND r.deadline <= @now
            """, new { now = now.ToUnixMs() }, Transaction);
        Changed(missed > 0);
        return missed;
    }

    // Two records of one journalist merged: their requests move to the kept record.
    public async Task<int> ReassignAsync(long fromJournalistId, long toJournalistId)
    {
        var moved = await ExecuteAsync(
            "UPDATE requests SET journalist_id = @toJournalistId, updated_at = @now WHERE journalist_id = @fromJournalistId",
            new { fromJournalistId, toJournalistId });
        Changed(moved > 0);
        return moved;
    }

    // The journalist was erased: what they wrote and what we noted about the call goes.
    public async Task<int> EraseTextsAsync(long journalistId)
    {
        var erased = await ExecuteAsync(
            "UPDATE requests SET question = '', response_note = NULL, updated_at = @now WHERE journalist_id = @journalistId",
            new { journalistId });
        Changed(erased > 0);
        return erased;
    }

    public async Task CommitAsync(CancellationToken ct = default)
    {
        await Transaction.CommitAsync(ct);
        if (_changed) _lifecycle.Committed();
    }

    public async ValueTask DisposeAsync()
    {
        await Transaction.DisposeAsync();
        if (_ownsConnection) await Connection.DisposeAsync();
    }

    private async Task<FollowUpOutcome> FollowUpAsync(long requestId, string sql, object parameters)
    {
        if (Changed(await ExecuteAsync(sql, parameters) == 1)) return FollowUpOutcome.Recorded;
        return await StatusAsync(requestId) is null ? FollowUpOutcome.NotFound : FollowUpOutcome.NotCalledBack;
    }

    // Every statement here stamps updated_at with the lifecycle's clock.
    private Task<int> ExecuteAsync(string sql, object parameters)
    {
        var values = new DynamicParameters(parameters);
        values.Add("now", _lifecycle.NowMs);
        return Connection.ExecuteAsync(sql, values, Transaction);
    }

    private bool Changed(bool changed)
    {
        _changed |= changed;
        return changed;
    }

    private long Changed(long requestId)
    {
        _changed = true;
        return requestId;
    }
}
