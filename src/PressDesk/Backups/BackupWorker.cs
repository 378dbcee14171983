using PressDesk.Hosting;

namespace PressDesk.Backups;

public sealed class BackupWorker(ScheduledBackups backups, TimeProvider time, ILogger<BackupWorker> logger) : PassWorker(time, logger)
{
    protected override string PassName => "The scheduled backup";

    // A full disk or an unplugged backup drive is not fixed in seconds.
    protected override TimeSpan RetryAfterFailure => TimeSpan.FromMinutes(5);

    protected internal override Task<DateTimeOffset?> RunPassAsync(CancellationToken ct) => backups.RunAsync(ct);
}
