using static PressDesk.Requests.RequestStatuses;

namespace PressDesk.Requests;

// Who has a request: a hand-over and an "I'm on it", each with its line in request_assignments
// (the history on the request page, and what escalation reads to know who was already asked).
public sealed partial class RequestWrite
{
    // Gives a request that still awaits its answer to a member. False when it is answered or gone.
    public async Task<bool> AssignAsync(
        long requestId, long userId, string userName, string assignmentEvent, string? reason, long? byUserId, bool acknowledged)
    {
        var assigned = await ExecuteAsync($"""
            UPDATE requests AS r
            SET assigned_to = @userId, assigned_at = @now, acknowledged_at = CASE WHEN @acknowledged THEN @now END, updated_at = @now
            WHERE r.id = @requestId AND {AnswerableSql}
            """, new { requestId, userId, acknowledged }) == 1;
        if (!assigned) return false;
        await RecordAssignmentAsync(requestId, userId, userName, assignmentEvent, reason, byUserId);
        if (acknowledged && assignmentEvent != AssignmentEvents.Acknowledged)
            await RecordAssignmentAsync(requestId, userId, userName, AssignmentEvents.Acknowledged, null, byUserId);
        return Changed(true);
    }

    // The assignee says "I'm on it": escalation stops. False when they do not have it, it is
    // already acknowledged, or it is answered.
    public async Task<bool> AcknowledgeAsync(long requestId, long userId, string userName)
    {
        var acknowledged = await ExecuteAsync($"""
            UPDATE requests AS r SET acknowledged_at = @now, updated_at = @now
            WHERE r.id = @requestId AND r.assigned_to = @userId AND r.acknowledged_at IS NULL AND {AnswerableSql}
            """, new { requestId, userId }) == 1;
        if (!acknowledged) return false;
        await RecordAssignmentAsync(requestId, userId, userName, AssignmentEvents.Acknowledged, null, userId);
        return Changed(true);
    }

    private Task<int> RecordAssignmentAsync(long requestId, long userId, string userName, string assignmentEvent, string? reason, long? byUserId) =>
        ExecuteAsync("""
            INSERT INTO request_assignments (request_id, user_id, user_name, event, reason, by_user_id, at)
            VALUES (@requestId, @userId, @userName, @assignmentEvent, @reason, @byUserId, @now)
            """, new { requestId, userId, userName, assignmentEvent, reason, byUserId });
}

// The events of request_assignments, as stored.
public static class AssignmentEvents
{
    public const string Routed = "routed";
    public const string Fallback = "fallback";
    public const string Taken = "taken";
    public const string Reassigned = "reassigned";
    public const string Escalated = "escalated";
    public const string Acknowledged = "acknowledged";
}
