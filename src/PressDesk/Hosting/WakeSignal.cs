namespace PressDesk.Hosting;

// Lets a worker sleep until its next due time on the injected clock, and be woken early when
// something changed. Many wake-ups before the next sleep collapse into one.
public sealed class WakeSignal : IDisposable
{
    // Task.Delay takes at most about 49 days; a worker with nothing due re-checks well before that.
    public static readonly TimeSpan LongestSleep = TimeSpan.FromHours(6);

    private readonly SemaphoreSlim _wake = new(0, 1);

    // When the current sleep ends unless woken (for tests and diagnostics).
    public DateTimeOffset? SleepingUntil { get; private set; }

    public void Wake()
    {
        try
        {
            _wake.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already awake or about to be: one wake-up is enough.
        }
    }

    // Until the next wake-up, for a worker that waits on something else as well (the mailbox's IDLE).
    public Task WaitAsync(CancellationToken ct) => _wake.WaitAsync(ct);

    public async Task SleepAsync(DateTimeOffset? until, TimeProvider time, CancellationToken stoppingToken)
    {
        var sleep = Duration(until, time);
        if (sleep <= TimeSpan.Zero) return;

        using var wake = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var timer = Task.Delay(sleep, time, wake.Token);
        var woken = _wake.WaitAsync(wake.Token);
        SleepingUntil = time.GetUtcNow() + sleep;
        await Task.WhenAny(timer, woken);
        SleepingUntil = null;
        await wake.CancelAsync();
    }

    private static TimeSpan Duration(DateTimeOffset? until, TimeProvider time)
    {
        var sleep = until is { } u ? u - time.GetUtcNow() : LongestSleep;
        return sleep > LongestSleep ? LongestSleep : sleep;
    }

    public void Dispose() => _wake.Dispose();
}
