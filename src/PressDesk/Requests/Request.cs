namespace PressDesk.Requests;

// Who asked, with the number to call them back on (null when the record has none).
public sealed record JournalistRef(long Id, string Name, string? Outlet, string? Phone = null);

public sealed record Request(
    long Id,
    JournalistRef Journalist,
    string Topic,
    string Question,
    Channel Channel,
    DateTimeOffset ReceivedAt,
    DateTimeOffset? Deadline,
    RequestStatus Status,
    DateTimeOffset? RespondedAt,
    string? ResponseNote,
    RequestAssignee? Assignee = null);

// Who has the request now, and since when they said "I'm on it" (null: not yet).
public sealed record RequestAssignee(long UserId, string Name, DateTimeOffset AssignedAt, DateTimeOffset? AcknowledgedAt);

// A request that passed validation, ready to store. Either JournalistId or JournalistName is set;
// a phone or an email given with it fills in what the journalist's record does not have yet.
public sealed record NewRequest(
    long? JournalistId,
    string? JournalistName,
    string? Outlet,
    string Topic,
    string Question,
    Channel Channel,
    DateTimeOffset ReceivedAt,
    DateTimeOffset? Deadline,
    string? JournalistPhone = null,
    string? JournalistEmail = null);

public sealed record NewResponse(DateTimeOffset RespondedAt, bool Declined, string? Note);
