using PressDesk.Hosting;

namespace PressDesk.Journalists;

// Retries pending erasures (ErasureCleanup) until each is complete on disk; also the first pass
// at start, for erasures a restart interrupted or an earlier version left incomplete.
public sealed class ErasureWorker(ErasureCleanup cleanup, TimeProvider time, ILogger<ErasureWorker> logger) : PassWorker(time, logger)
{
    public static readonly TimeSpan RetryInterval = TimeSpan.FromSeconds(10);

    // A reader that holds its snapshot for minutes is not helped by a checkpoint every 10 s: the wait
    // doubles after each pending pass, up to this, and starts again once nothing is pending.
    public static readonly TimeSpan LongestRetryInterval = TimeSpan.FromMinutes(5);

    private TimeSpan _nextRetry = RetryInterval;

    protected override string PassName => "The erasure pass";

    protected override TimeSpan RetryAfterFailure => RetryInterval;

    protected internal override async Task<DateTimeOffset?> RunPassAsync(CancellationToken ct)
    {
        if (await cleanup.RunAsync(ct))
        {
            _nextRetry = RetryInterval;
            return null;
        }
        var retry = _nextRetry;
        _nextRetry = TimeSpan.FromTicks(Math.Min(_nextRetry.Ticks * 2, LongestRetryInterval.Ticks));
        return Time.GetUtcNow() + retry;
    }
}
