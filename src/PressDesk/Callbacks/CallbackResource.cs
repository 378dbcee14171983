namespace PressDesk.Callbacks;

// The JSON shape of a callback in the API. Times are ISO-8601 with offset (UTC).
public sealed record CallbackResource(
    long Id, long RequestId, DateTimeOffset At, long? UserId, string? UserName, string? Note,
    bool CountsAsResponse, string State, DateTimeOffset? RemindedAt, DateTimeOffset CreatedAt)
{
    public static CallbackResource From(Callback c) =>
        new(c.Id, c.RequestId, c.DueAt, c.UserId, c.UserName, c.Note, c.CountsAsResponse, c.State, c.RemindedAt, c.CreatedAt);
}

// POST /api/requests/{id}/callbacks. "at" must carry its offset (2026-12-01T15:00:00+01:00 or …Z).
public sealed record NewCallbackBody(DateTimeOffset? At, long? UserId, string? Note, bool? CountsAsResponse);
