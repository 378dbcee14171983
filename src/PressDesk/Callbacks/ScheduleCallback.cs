using Dapper;
using Microsoft.Extensions.Localization;
using PressDesk.Alerts;
using PressDesk.Data;
using PressDesk.Hosting;
using PressDesk.Requests;
using PressDesk.Validation;

namespace PressDesk.Callbacks;

public abstract record CallbackResult
{
    public sealed record Scheduled(Callback Callback) : CallbackResult;
    public sealed record NotFound : CallbackResult;
    public sealed record Invalid(IReadOnlyDictionary<string, string[]> Errors) : CallbackResult;
}

public enum CallbackChangeOutcome { Changed, NotFound, NotScheduled }

// The one writer of scheduled_callbacks, reached by the request page and the API: schedule, mark
// done, cancel. "Counts as my response" records the request as responded now through the request
// lifecycle, in the same transaction, so the promise and the stopped clock commit together.
// Changed is raised after each commit: the reminder worker recomputes its next wake-up, and open
// dashboards reload their list (the live "requests" event).
public sealed class ScheduleCallback(
    RequestLifecycle lifecycle, CallbackQueries queries, LiveEvents live, DisplayTime displayTime, TimeProvider time,
    IStringLocalizer<ScheduleCallback> localizer)
{
    public static readonly TimeSpan Furthest = TimeSpan.FromDays(30);
    public const int NoteMax = 500;

    public event Action? Changed;

    // actingUserId: the signed-in member (null for an API key, which acts for nobody).
    public async Task<CallbackResult> ScheduleAsync(long requestId, CallbackInput input, long? actingUserId, CancellationToken ct = default)
    {
        await using var write = await lifecycle.BeginAsync(ct);
        var request = await write.Connection.QuerySingleOrDefaultAsync<RequestRow>(
            "SELECT status AS Status, deadline AS Deadline, assigned_to AS AssignedTo FROM requests WHERE id = @requestId",
            new { requestId }, write.Transaction);
        if (request is null) return new CallbackResult.NotFound();

        var now = time.GetUtcNow();
        var errors = new FieldErrors(localizer);
        var status = Enum.Parse<RequestStatus>(request.Status);
        if (IsClosed(status))
            errors.Add("", "This request is closed ({0}): no callback can be scheduled.", localizer[status.Label()]);
        if (input.At is not { } at)
            errors.Add(nameof(input.At), "Say when you will call back.");
        else if (at < now)
            errors.Add(nameof(input.At), "{0} is in the past: a callback is a time still to come.", displayTime.Format(at));
        else if (at - now > Furthest)
            errors.Add(nameof(input.At), "A callback is at most {0} days ahead.", (int)Furthest.TotalDays);
        else if (UnixTime.FromUnixMs(request.Deadline) is { } deadline && at > deadline)
            errors.Add(nameof(input.At), "The journalist's deadline is {0}: call back before it.", displayTime.Format(deadline));

        var userId = input.UserId ?? request.AssignedTo ?? actingUserId;
        if (userId is null) errors.Add(nameof(input.UserId), "Say who calls back (userId).");
        else if (await MemberNameAsync(write, userId.Value) is null)
            errors.Add(nameof(input.UserId), "No team member has the id {0}.", userId.Value);

        var note = FieldErrors.Clean(input.Note);
        errors.MaxLength(nameof(input.Note), note, NoteMax, "Note");
        if (errors.Any) return new CallbackResult.Invalid(errors.ToDictionary());

        var callbackId = await write.Connection.ExecuteScalarAsync<long>("""
            INSERT INTO scheduled_callbacks (request_id, due_at, user_id, note, counts_as_response, state, created_by, created_at, updated_at)
            VALUES (@requestId, @dueAt, @userId, @note, @counts, 'scheduled', @actingUserId, @now, @now)
            RETURNING id
            """, new { requestId, dueAt = input.At!.Value.ToUnixMs(), userId, note, counts = input.CountsAsResponse, actingUserId, now = now.ToUnixMs() },
            write.Transaction);

        if (input.CountsAsResponse
            && await write.RespondAsync(requestId, new NewResponse(now, Declined: false, Note: null)) != RespondOutcome.Recorded)
            // Nothing is written: the transaction is rolled back when write is disposed.
            return new CallbackResult.Invalid(new Dictionary<string, string[]>
            {
                [nameof(input.CountsAsResponse)] = [localizer["This request already has a response: this callback cannot be it."]],
            });

        await write.CommitAsync(ct);
        Raise();
        return new CallbackResult.Scheduled((await queries.GetAsync(requestId, callbackId, ct))!);
    }

    public Task<CallbackChangeOutcome> MarkDoneAsync(long requestId, long callbackId, CancellationToken ct = default) =>
        SetStateAsync(requestId, callbackId, CallbackStates.Done, ct);

    public Task<CallbackChangeOutcome> CancelAsync(long requestId, long callbackId, CancellationToken ct = default) =>
        SetStateAsync(requestId, callbackId, CallbackStates.Cancelled, ct);

    // Declined, missed or with an outcome: nobody is waiting for a call any more.
    public static bool IsClosed(RequestStatus status) =>
        status is RequestStatus.Declined or RequestStatus.Missed or RequestStatus.Published or RequestStatus.NotPublished;

    // Only a scheduled callback moves, once: a done one is not cancelled afterwards, nor the reverse.
    private async Task<CallbackChangeOutcome> SetStateAsync(long requestId, long callbackId, string state, CancellationToken ct)
    {
        await using (var write = await lifecycle.BeginAsync(ct))
        {
            var changed = await write.Connection.ExecuteAsync("""
                UPDATE scheduled_callbacks SET state = @state, updated_at = @now
                WHERE id = @callbackId AND request_id = @requestId AND state = 'scheduled'
                """, new { state, callbackId, requestId, now = time.GetUtcNow().ToUnixMs() }, write.Transaction);
            if (changed == 0)
                return await write.Connection.ExecuteScalarAsync<long>(
                    "SELECT count(*) FROM scheduled_callbacks WHERE id = @callbackId AND request_id = @requestId",
                    new { callbackId, requestId }, write.Transaction) == 0 ? CallbackChangeOutcome.NotFound : CallbackChangeOutcome.NotScheduled;
            await write.CommitAsync(ct);
        }
        Raise();
        return CallbackChangeOutcome.Changed;
    }

    private static Task<string?> MemberNameAsync(RequestWrite write, long userId) =>
        write.Connection.ExecuteScalarAsync<string?>(
            "SELECT coalesce(nullif(trim(display_name), ''), email) FROM users WHERE id = @userId", new { userId }, write.Transaction);

    private void Raise()
    {
        Changed?.Invoke();
        live.Publish(LiveEvents.RequestsEvent, new { });
    }

    private sealed class RequestRow
    {
        public string Status { get; init; } = "";
        public long? Deadline { get; init; }
        public long? AssignedTo { get; init; }
    }
}
