using PressDesk.Hosting;

namespace PressDesk.Journalists;

// Retries pending erasures (ErasureCleanup) until each is complete on disk; also the first pass
// at start, for erasures a restart interrupted or an earlier version left incomplete.
public sealed class ErasureWorker(ErasureCleanup cleanup, TimeProvider time, ILogger<ErasureWorker> logger) : PassWorker(time, logger)
{
    public static readonly TimeSpan RetryInterval = TimeSpan.FromSeconds(10);

    protected override string PassName => "The erasure pass";

    protected override TimeSpan RetryAfterFailure => RetryInterval;

    protected internal override async Task<DateTimeOffset?> RunPassAsync(CancellationToken ct) =>
        await cleanup.RunAsync(ct) ? null : Time.GetUtcNow() + RetryInterval;
}
