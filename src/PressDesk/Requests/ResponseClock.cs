using Microsoft.Extensions.Options;

namespace PressDesk.Requests;

public enum ClockState
{
    OnTime,
    Warning,
    Overdue,
    Met,
    Late,
}

public readonly record struct ClockReading(
    ClockState State,
    DateTimeOffset WarnAt,
    DateTimeOffset DueAt,
    TimeSpan? ResponseTime);

// The one place that decides where a request's response clock stands; pages, the API and
// the worker all ask it. Boundaries: the warning starts exactly at WarnAfter, the request is
// overdue exactly at Target, and a response exactly at Target still meets it.
public sealed class ResponseClock(IOptionsMonitor<ResponseTimeOptions> options, TimeProvider time)
{
    public ResponseTimeOptions Options => options.CurrentValue;

    public DateTimeOffset Now => time.GetUtcNow();

    public ClockReading Read(DateTimeOffset receivedAt, DateTimeOffset? respondedAt) =>
        Evaluate(receivedAt, respondedAt, options.CurrentValue, time.GetUtcNow());

    public static ClockReading Evaluate(
        DateTimeOffset receivedAt, DateTimeOffset? respondedAt, ResponseTimeOptions settings, DateTimeOffset now)
    {
        var warnAt = receivedAt + settings.WarnAfter;
        var dueAt = receivedAt + settings.Target;

        if (respondedAt is { } responded)
        {
            var state = responded <= dueAt ? ClockState.Met : ClockState.Late;
            return new ClockReading(state, warnAt, dueAt, responded - receivedAt);
        }

        var running = now >= dueAt ? ClockState.Overdue
            : now >= warnAt ? ClockState.Warning
            : ClockState.OnTime;
        return new ClockReading(running, warnAt, dueAt, null);
    }
}
