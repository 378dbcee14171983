namespace PressDesk.Requests;

// The life of a request. Stored as its name; RequestLifecycle is the one writer of it.
public enum RequestStatus
{
    New,
    Preparing,
    Responded,
    Interviewed,
    Published,
    NotPublished,
    Declined,
    Missed,
}

// The rules every feature asks about a request's status, once in C# and once in SQL (for queries
// over `requests r`). RequestRulesTests shows the two agree; the partial indexes over open
// requests (migrations 0001 and 0003) use the open rule without the alias, so they serve it.
public static class RequestStatuses
{
    public const string OpenSql = "r.responded_at IS NULL AND r.status IN ('New', 'Preparing')";
    public const string AnswerableSql = "r.responded_at IS NULL AND r.status IN ('New', 'Preparing', 'Missed')";
    public const string CalledBackSql = "r.status IN ('Responded', 'Interviewed', 'Published', 'NotPublished')";

    // Waiting for our first callback: these run a response clock on the dashboard.
    public static readonly IReadOnlyList<RequestStatus> Open = [RequestStatus.New, RequestStatus.Preparing];

    public static string Label(this RequestStatus status) =>
        status == RequestStatus.NotPublished ? "Not published" : status.ToString();

    public static bool IsOpen(this RequestStatus status) => Open.Contains(status);

    public static bool IsOpen(this Request request) => request.RespondedAt is null && request.Status.IsOpen();

    // A missed request can still be answered late; anything already answered cannot be answered again.
    public static bool AcceptsResponse(this RequestStatus status) => status.IsOpen() || status == RequestStatus.Missed;

    public static bool AcceptsResponse(this Request request) => request.RespondedAt is null && request.Status.AcceptsResponse();

    // Answered by a callback (not declined, not still waiting): it may have an interview and a publication.
    public static bool WasCalledBack(this RequestStatus status) =>
        status is RequestStatus.Responded or RequestStatus.Interviewed or RequestStatus.Published or RequestStatus.NotPublished;
}
