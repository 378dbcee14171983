using PressDesk.Requests;

namespace PressDesk.Routing;

public enum AssignOutcome { Done, NotFound, Answered, UnknownMember, NotTheAssignee }

// Who has a request, whichever door it comes through (the request page, the API, a push
// notification's action, escalation): routing a new one, taking it, handing it over, "I'm on it".
public sealed class AssignRequest(RequestLifecycle lifecycle, Router router, Roster roster, TimeProvider time)
{
    // In the unit of work that logs the request, so it is never stored without an owner (unless
    // there is nobody yet: intake can run before the first sign-up).
    public async Task<RouteChoice?> RouteNewAsync(RequestWrite write, long requestId, string topic, string question)
    {
        var choice = await router.ChooseAsync(write.Connection, write.Transaction, topic, question, time.GetUtcNow(), new HashSet<long>());
        if (choice is not null)
            await write.AssignAsync(requestId, choice.UserId, choice.Name, choice.Event, choice.Area, byUserId: null, acknowledged: false);
        return choice;
    }

    // A member leaving: their open requests, read before the account goes (its foreign key then
    // clears assigned_to), and routed again once it is gone, so the roster no longer holds them.
    public async Task<IReadOnlyList<long>> OpenRequestsOfAsync(RequestWrite write, long userId) =>
        [.. await Dapper.SqlMapper.QueryAsync<long>(write.Connection, $"""
            SELECT r.id FROM requests r WHERE r.assigned_to = @userId AND {RequestStatuses.AnswerableSql}
            """, new { userId }, write.Transaction)];

    public async Task RouteAgainAsync(RequestWrite write, IReadOnlyList<long> requestIds, string reason)
    {
        foreach (var id in requestIds)
        {
            var request = await Dapper.SqlMapper.QuerySingleAsync<(string Topic, string Question)>(
                write.Connection, "SELECT topic, question FROM requests WHERE id = @id", new { id }, write.Transaction);
            if (await router.ChooseAsync(write.Connection, write.Transaction, request.Topic, request.Question, time.GetUtcNow(), new HashSet<long>()) is { } choice)
                await write.AssignAsync(id, choice.UserId, choice.Name, AssignmentEvents.Reassigned, reason, byUserId: null, acknowledged: false);
        }
    }

    // "Take it": the member has it and is on it.
    public Task<AssignOutcome> TakeAsync(long requestId, long userId, CancellationToken ct = default) =>
        HandOverAsync(requestId, userId, byUserId: userId, AssignmentEvents.Taken, acknowledged: true, ct);

    // "Hand over to…": the new assignee still has to say they are on it.
    public Task<AssignOutcome> ReassignAsync(long requestId, long toUserId, long byUserId, CancellationToken ct = default) =>
        HandOverAsync(requestId, toUserId, byUserId, AssignmentEvents.Reassigned, acknowledged: toUserId == byUserId, ct);

    public async Task<AssignOutcome> AcknowledgeAsync(long requestId, long userId, CancellationToken ct = default)
    {
        await using var write = await lifecycle.BeginAsync(ct);
        var state = await StateAsync(write, requestId);
        if (state is null) return AssignOutcome.NotFound;
        if (!state.Value.Answerable) return AssignOutcome.Answered;
        if (state.Value.AssignedTo != userId) return AssignOutcome.NotTheAssignee;
        if (state.Value.Acknowledged) return AssignOutcome.Done;
        var team = await roster.LoadAsync(write.Connection, write.Transaction);
        await write.AcknowledgeAsync(requestId, userId, team.Find(userId)?.Name ?? "");
        await write.CommitAsync(ct);
        return AssignOutcome.Done;
    }

    private async Task<AssignOutcome> HandOverAsync(
        long requestId, long toUserId, long byUserId, string assignmentEvent, bool acknowledged, CancellationToken ct)
    {
        await using var write = await lifecycle.BeginAsync(ct);
        var state = await StateAsync(write, requestId);
        if (state is null) return AssignOutcome.NotFound;
        if (!state.Value.Answerable) return AssignOutcome.Answered;
        var team = await roster.LoadAsync(write.Connection, write.Transaction);
        if (team.Find(toUserId) is not { } member) return AssignOutcome.UnknownMember;
        // Already theirs: taking it again is only "I'm on it", and handing it to its holder changes nothing.
        if (state.Value.AssignedTo == toUserId)
        {
            if (acknowledged && !state.Value.Acknowledged) await write.AcknowledgeAsync(requestId, toUserId, member.Name);
        }
        else
        {
            await write.AssignAsync(requestId, toUserId, member.Name, assignmentEvent, null, byUserId, acknowledged);
        }
        await write.CommitAsync(ct);
        return AssignOutcome.Done;
    }

    private static async Task<(long? AssignedTo, bool Acknowledged, bool Answerable)?> StateAsync(RequestWrite write, long requestId)
    {
        var row = await Dapper.SqlMapper.QuerySingleOrDefaultAsync<(long Id, long? AssignedTo, long? AcknowledgedAt, bool Answerable)>(
            write.Connection, $"""
            SELECT r.id, r.assigned_to, r.acknowledged_at, {RequestStatuses.AnswerableSql} FROM requests r WHERE r.id = @requestId
            """, new { requestId }, write.Transaction);
        return row.Id == 0 ? null : (row.AssignedTo, row.AcknowledgedAt is not null, row.Answerable);
    }
}
