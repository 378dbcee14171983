using System.Text.Json;
using PressDesk.Prep;

namespace PressDesk.Requests;

// The JSON shape of a request in the API. Times are ISO-8601 with offset (UTC).
public sealed record RequestResource(
    long Id,
    JournalistResource Journalist,
    string Topic,
    string Question,
    string Channel,
    DateTimeOffset ReceivedAt,
    DateTimeOffset? Deadline,
    string Status,
    DateTimeOffset? RespondedAt,
    long? ResponseSeconds,
    string? ResponseNote,
    DateTimeOffset WarnAt,
    DateTimeOffset DueAt,
    string Clock,
    AssigneeResource? Assignee,
    PrepResource? Prep = null)
{
    public static RequestResource From(Request r, ClockReading clock) => new(
        r.Id,
        new JournalistResource(r.Journalist.Id, r.Journalist.Name, r.Journalist.Outlet, r.Journalist.Phone),
        r.Topic,
        r.Question,
        r.Channel.Name(),
        r.ReceivedAt,
        r.Deadline,
        r.Status.ToString(),
        r.RespondedAt,
        clock.ResponseTime is { } t ? (long)t.TotalSeconds : null,
        r.ResponseNote,
        clock.WarnAt,
        clock.DueAt,
        JsonNamingPolicy.CamelCase.ConvertName(clock.State.ToString()),
        r.Assignee is { } a ? new AssigneeResource(a.UserId, a.Name, a.AcknowledgedAt) : null);
}

// Who has the request; acknowledgedAt is when they said "I'm on it" (null: not yet).
public sealed record AssigneeResource(long Id, string Name, DateTimeOffset? AcknowledgedAt);

public sealed record JournalistResource(long Id, string Name, string? Outlet, string? Phone);

public sealed record RequestPage(IReadOnlyList<RequestResource> Items, int Page, int PageSize, bool HasMore, string? Next);

// Request bodies. Either journalist.id (an existing journalist) or journalist.name (+ outlet).
public sealed record NewRequestBody(
    JournalistBody? Journalist,
    string? Topic,
    string? Question,
    string? Channel,
    DateTimeOffset? ReceivedAt,
    DateTimeOffset? Deadline);

// phone and email fill in what the journalist's record does not have yet.
public sealed record JournalistBody(long? Id, string? Name, string? Outlet, string? Phone = null, string? Email = null);

// Omit respondedAt for "now"; declined = true records a quick decline or referral.
public sealed record ResponseBody(DateTimeOffset? RespondedAt, bool? Declined, string? Note);
