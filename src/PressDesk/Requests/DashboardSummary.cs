namespace PressDesk.Requests;

// The dashboard's 30-day summary reads every request of the window: with a long, busy history
// that is tens of thousands of rows on every view (and every live refresh of every open
// dashboard). The figures only move when a request changes or time passes, so one computation is
// shared for up to a minute and dropped as soon as requests or the response-time settings change.
public sealed class DashboardSummary
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);

    private readonly RequestStore _store;
    private readonly ResponseClock _clock;
    private int _version;
    private Computed? _last;

    public DashboardSummary(RequestStore store, ResponseClock clock, RequestChangeSignal changes)
    {
        _store = store;
        _clock = clock;
        changes.Changed += () => Interlocked.Increment(ref _version);
    }

    public async Task<ResponseSummary> GetAsync(CancellationToken ct = default)
    {
        var version = Volatile.Read(ref _version);
        var settings = _clock.Options;
        var now = _clock.Now;
        if (Volatile.Read(ref _last) is { } last && last.Version == version && ReferenceEquals(last.Settings, settings)
            && now >= last.At && now - last.At < MaxAge)
            return last.Summary;

        var summary = ResponseSummary.From(await _store.ResponseTimesSinceAsync(now - ResponseSummary.Window, ct), settings, now);
        Volatile.Write(ref _last, new Computed(summary, now, version, settings));
        return summary;
    }

    private sealed record Computed(ResponseSummary Summary, DateTimeOffset At, int Version, ResponseTimeOptions Settings);
}
