namespace PressDesk.Requests;

// Figures computed over a window of request history (the dashboard's last 30 days, the statistics
// page's weeks) read every request of that window: with a long, busy history that is tens of
// thousands of rows on every view and every live refresh of every open dashboard. They only move
// when a request changes or time passes, so one computation is shared for up to a minute and
// dropped as soon as requests or the response-time settings change. One cache per figure type.
public sealed class FiguresCache<T> where T : class
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);

    private readonly ResponseClock _clock;
    private readonly RequestLifecycle _changes;
    private Computed? _last;

    public FiguresCache(ResponseClock clock, RequestLifecycle changes)
    {
        _clock = clock;
        _changes = changes;
    }

    // compute gets the moment and the settings to compute the figures for.
    public async Task<T> GetAsync(Func<DateTimeOffset, ResponseTimeOptions, Task<T>> compute)
    {
        var version = _changes.Version;
        var settings = _clock.Options;
        var now = _clock.Now;
        if (Volatile.Read(ref _last) is { } last && last.Version == version && ReferenceEquals(last.Settings, settings)
            && now >= last.At && now - last.At < MaxAge)
            return last.Figures;

        var figures = await compute(now, settings);
        Volatile.Write(ref _last, new Computed(figures, now, version, settings));
        return figures;
    }

    private sealed record Computed(T Figures, DateTimeOffset At, long Version, ResponseTimeOptions Settings);
}
