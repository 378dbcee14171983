namespace PressDesk.Requests;

public sealed record JournalistRef(long Id, string Name, string? Outlet);

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
    string? ResponseNote);

// A request that passed validation, ready to store. Either JournalistId or JournalistName is set.
public sealed record NewRequest(
    long? JournalistId,
    string? JournalistName,
    string? Outlet,
    string Topic,
    string Question,
    Channel Channel,
    DateTimeOffset ReceivedAt,
    DateTimeOffset? Deadline);

public sealed record NewResponse(DateTimeOffset RespondedAt, bool Declined, string? Note);
