using Microsoft.Extensions.Options;
using PressDesk.Hosting;

namespace PressDesk.Intake.DropFolder;

// Watches the drop folder and rescans it every RescanInterval (watchers miss events: overflow,
// network shares, no inotify instance left), taking in each complete file once.
public sealed class DropFolderWorker(
    DropFolderLayout layout,
    DropFolderScan scan,
    IOptionsMonitor<IntakeOptions> options,
    TimeProvider time,
    ILogger<DropFolderWorker> logger) : PassWorker(time, logger)
{
    private FileSystemWatcher? _watcher;

    protected override string PassName => "The drop folder pass";

    protected override TimeSpan RetryAfterFailure => options.CurrentValue.RescanInterval;

    // Also called again by IntakeRestart after the folder changed, once the worker has stopped.
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        _watcher?.Dispose();
        _watcher = null;
        if (!layout.Enabled) return Task.CompletedTask;   // PressDesk:Intake:DropFolder is empty: off
        try
        {
            layout.Create();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException($"PressDesk:Intake:DropFolder: cannot create {layout.Processed} and {layout.Rejected}: {e.Message}", e);
        }
        if (options.CurrentValue.Watch) _watcher = TryWatch();
        return base.StartAsync(cancellationToken);
    }

    // A file still settling is looked at again once it may have settled.
    protected internal override async Task<DateTimeOffset?> RunPassAsync(CancellationToken ct)
    {
        var settling = await scan.PassAsync(ct);
        var o = options.CurrentValue;
        return Time.GetUtcNow() + (settling && o.SettleTime < o.RescanInterval ? o.SettleTime : o.RescanInterval);
    }

    public override void Dispose()
    {
        _watcher?.Dispose();
        base.Dispose();
    }

    // Each inotify watcher takes one of the user's 128 instances, shared machine-wide: when none is
    // left, the rescan alone still finds every file, only later.
    private FileSystemWatcher? TryWatch()
    {
        FileSystemWatcher? watcher = null;
        try
        {
            watcher = new FileSystemWatcher(layout.Root)
            {
                IncludeSubdirectories = false,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.Size | NotifyFilters.LastWrite,
            };
            watcher.Created += (_, _) => Signal.Wake();
            watcher.Renamed += (_, _) => Signal.Wake();
            watcher.Changed += (_, _) => Signal.Wake();
            watcher.Error += (_, e) =>
            {
                logger.WatcherFailed(e.GetException());
                Signal.Wake();
            };
            watcher.EnableRaisingEvents = true;
            return watcher;
        }
        catch (Exception e)
        {
            watcher?.Dispose();
            logger.CannotWatch(e, layout.Root, options.CurrentValue.RescanInterval);
            return null;
        }
    }
}

// The log lines of this file, as source-generated LoggerMessage methods (no boxing, no parsing of the template per call).
internal static partial class DropFolderWorkerLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Drop folder watcher error; rescanning now")]
    public static partial void WatcherFailed(this ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cannot watch the drop folder {Folder}; new files are found by the rescan every {Interval}")]
    public static partial void CannotWatch(this ILogger logger, Exception exception, string folder, TimeSpan interval);
}
