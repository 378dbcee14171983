namespace PressDesk.Requests;

// The life of a request, as PRODUCT.md names it. Stored as its name.
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

public static class RequestStatuses
{
    // Waiting for our first callback: these run a response clock on the dashboard.
    public static readonly IReadOnlyList<RequestStatus> Open = [RequestStatus.New, RequestStatus.Preparing];

    public static string Label(this RequestStatus status) =>
        status == RequestStatus.NotPublished ? "Not published" : status.ToString();

    public static bool IsOpen(this RequestStatus status) => Open.Contains(status);

    // A missed request can still be answered late; anything already answered cannot be answered again.
    public static bool AcceptsResponse(this RequestStatus status) => status.IsOpen() || status == RequestStatus.Missed;
}
