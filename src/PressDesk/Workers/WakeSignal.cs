using System.Threading.Channels;

namespace PressDesk.Workers;

// Lets a worker sleep until its next due time on the injected clock, and be woken early when
// something changed. Many wake-ups before the next sleep collapse into one.
public sealed class WakeSignal
{
    // Task.Delay takes at most about 49 days; a worker with nothing due re-checks well before that.
    public static readonly TimeSpan LongestSleep = TimeSpan.FromHours(6);

    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    // When the current sleep ends unless woken (for tests and diagnostics).
    public DateTimeOffset? SleepingUntil { get; private set; }

    public void Wake() => _wake.Writer.TryWrite(true);

    public async Task SleepAsync(DateTimeOffset? until, TimeProvider time, CancellationToken stoppingToken)
    {
        var now = time.GetUtcNow();
        var sleep = until is { } u ? u - now : LongestSleep;
        if (sleep <= TimeSpan.Zero) return;
        if (sleep > LongestSleep) sleep = LongestSleep;

        using var wake = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var timer = Task.Delay(sleep, time, wake.Token);
        var woken = _wake.Reader.ReadAsync(wake.Token).AsTask();
        SleepingUntil = now + sleep;
        await Task.WhenAny(timer, woken);
        SleepingUntil = null;
        await wake.CancelAsync();
    }
}
