namespace PressDesk.Callbacks;

// "I'll call you back at 15:00": a time promised to the journalist, by one member (UserName is
// null when that member was removed since).
public sealed record Callback(
    long Id, long RequestId, DateTimeOffset DueAt, long? UserId, string? UserName, string? Note,
    bool CountsAsResponse, string State, DateTimeOffset? RemindedAt, DateTimeOffset CreatedAt)
{
    public bool IsScheduled => State == CallbackStates.Scheduled;
}

// A scheduled callback as the dashboard lists it: with whom and about what.
public sealed record UpcomingCallback(
    long Id, long RequestId, DateTimeOffset DueAt, string? UserName, string Journalist, string? Outlet, string? Phone, string Topic);

// The states of scheduled_callbacks, as stored, with the words the pages show.
public static class CallbackStates
{
    public const string Scheduled = "scheduled";
    public const string Done = "done";
    public const string Cancelled = "cancelled";

    public static string Label(string state) => state switch
    {
        Done => "Done",
        Cancelled => "Cancelled",
        _ => "Scheduled",
    };
}

// What the page and the API ask for. At is already an instant (the page reads its time in the
// display zone); UserId null means the request's assignee, else the person asking.
public sealed record CallbackInput(DateTimeOffset? At, long? UserId, string? Note, bool CountsAsResponse);
