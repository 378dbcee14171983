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
public sealed partial class RequestWrite : IAsyncDisposable
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

    // A correction of what was typed. Null when the request or the journalist named does not
    // exist. Each changed field is kept in request_changes; the alerts follow the new times by
    // themselves (due times are computed from the request), except those that already fired.
    public async Task<RequestCorrection?> CorrectAsync(long requestId, NewRequest corrected, string changedBy)
    {
        var was = await Connection.QuerySingleOrDefaultAsync<(long JournalistId, string Topic, string Question, string Channel, long ReceivedAt, long? Deadline)>(
            "SELECT journalist_id, topic, question, channel, received_at, deadline FROM requests WHERE id = @requestId", new { requestId }, Transaction);
        if (was.Topic is null) return null;
        var journalistId = corrected.JournalistId is { } id
            ? await _lifecycle.Journalists.ExistsAsync(Connection, Transaction, id) ? id : (long?)null
            : await _lifecycle.Journalists.FindOrCreateAsync(Connection, Transaction, corrected.JournalistName!, corrected.Outlet);
        if (journalistId is null) return null;
        await _lifecycle.Journalists.LearnContactAsync(Connection, Transaction, journalistId.Value, corrected.JournalistEmail, corrected.JournalistPhone);

        var receivedAt = corrected.ReceivedAt.ToUnixMs();
        var deadline = corrected.Deadline.ToUnixMs();
        var changes = new List<(string Field, string? Before, string? After)>();
        void Compare(string field, string? before, string? after)
        {
            if (before != after) changes.Add((field, before, after));
        }
        Compare(RequestChange.Journalist, Text(was.JournalistId), Text(journalistId.Value));
        Compare(RequestChange.Topic, was.Topic, corrected.Topic);
        Compare(RequestChange.Question, was.Question, corrected.Question);
        Compare(RequestChange.Channel, was.Channel, corrected.Channel.Name());
        Compare(RequestChange.ReceivedAt, Iso(was.ReceivedAt), Iso(receivedAt));
        Compare(RequestChange.Deadline, Iso(was.Deadline), Iso(deadline));
        if (changes.Count == 0) return new RequestCorrection([], []);

        await ExecuteAsync("""
            UPDATE requests SET journalist_id = @journalistId, topic = @Topic, question = @Question, channel = @channel,
                received_at = @receivedAt, deadline = @deadline, updated_at = @now
            WHERE id = @requestId
            """, new { requestId, journalistId, corrected.Topic, corrected.Question, channel = corrected.Channel.Name(), receivedAt, deadline });
        var now = _lifecycle.NowMs;
        await Connection.ExecuteAsync("""
            INSERT INTO request_changes (request_id, changed_at, changed_by, field, before, after)
            VALUES (@requestId, @now, @changedBy, @Field, @Before, @After)
            """, changes.Select(c => new { requestId, now, changedBy, c.Field, c.Before, c.After }), Transaction);

        // What already fired is not sent again for the new times: the page says so.
        var moved = changes.Select(c => c.Field).ToHashSet();
        var kinds = new List<string>();
        if (moved.Contains(RequestChange.ReceivedAt)) kinds.AddRange(["warning", "breach"]);
        if (moved.Contains(RequestChange.Deadline)) kinds.Add("deadline");
        var fired = (await Connection.QueryAsync<(string Kind, long FiredAt)>(
            "SELECT kind, fired_at FROM alerts WHERE request_id = @requestId AND kind IN @kinds ORDER BY fired_at",
            new { requestId, kinds }, Transaction)).Select(a => (a.Kind, UnixTime.FromUnixMs(a.FiredAt))).ToList();
        Changed(true);
        return new RequestCorrection([.. moved], fired);
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

    // A response recorded by mistake (or a decline) is taken back: the request is open again,
    // Preparing when it has a prep. Alerts due before now are not fired late (alerts_from).
    public async Task<bool> ReopenAsync(long requestId) =>
        Changed(await ExecuteAsync("""
            UPDATE requests AS r
            SET status = CASE WHEN EXISTS (SELECT 1 FROM preps p WHERE p.request_id = r.id) THEN 'Preparing' ELSE 'New' END,
                responded_at = NULL, response_note = NULL, alerts_from = @now, updated_at = @now
            WHERE r.id = @requestId AND r.status IN ('Responded', 'Declined')
                AND NOT EXISTS (SELECT 1 FROM interviews i WHERE i.request_id = r.id)
            """, new { requestId }) == 1);

    // A request logged by mistake goes, with its alerts and their deliveries; its prep, interview,
    // publication and history go by cascade. Its intake identity goes too, so the same message
    // dropped again would be logged again.
    public async Task<bool> DeleteAsync(long requestId)
    {
        var parameters = new { requestId };
        await Connection.ExecuteAsync(
            "DELETE FROM alert_deliveries WHERE alert_id IN (SELECT id FROM alerts WHERE request_id = @requestId)", parameters, Transaction);
        await Connection.ExecuteAsync("DELETE FROM alerts WHERE request_id = @requestId", parameters, Transaction);
        await Connection.ExecuteAsync("DELETE FROM intake_messages WHERE request_id = @requestId", parameters, Transaction);
        return Changed(await Connection.ExecuteAsync("DELETE FROM requests WHERE id = @requestId", parameters, Transaction) == 1);
    }

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
        // The history keeps no copy of what they wrote.
        await Connection.ExecuteAsync($"""
            UPDATE request_changes SET before = NULL, after = NULL
            WHERE field = '{RequestChange.Question}' AND request_id IN (SELECT id FROM requests WHERE journalist_id = @journalistId)
            """, new { journalistId }, Transaction);
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

    private static string Text(long value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string? Iso(long? unixMs) => UnixTime.FromUnixMs(unixMs)?.ToString("O", System.Globalization.CultureInfo.InvariantCulture);

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
