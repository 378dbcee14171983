using Microsoft.Extensions.Options;
using PressDesk.Hosting;

namespace PressDesk.Intake;

// Watches the drop folder and rescans it every RescanInterval (watchers miss events: overflow,
// network shares, no inotify instance left), taking in each complete file once.
public sealed class DropFolderWorker(
    DropFolderLayout layout,
    DropFolderScan scan,
    IOptions<IntakeOptions> options,
    TimeProvider time,
    ILogger<DropFolderWorker> logger) : BackgroundService
{
    private readonly WakeSignal _wake = new();
    private FileSystemWatcher? _watcher;

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        if (!layout.Enabled) return Task.CompletedTask;   // PressDesk:Intake:DropFolder is empty: off
        try
        {
            layout.Create();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException($"PressDesk:Intake:DropFolder: cannot create {layout.Processed} and {layout.Rejected}: {e.Message}", e);
        }
        if (options.Value.Watch) _watcher = TryWatch();
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var settling = false;
            try
            {
                settling = await scan.PassAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogError(e, "Drop folder pass failed; trying again at the next rescan");
            }
            var o = options.Value;
            var wait = settling && o.SettleTime < o.RescanInterval ? o.SettleTime : o.RescanInterval;
            await _wake.SleepAsync(time.GetUtcNow() + wait, time, stoppingToken);
        }
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
            watcher.Created += (_, _) => _wake.Wake();
            watcher.Renamed += (_, _) => _wake.Wake();
            watcher.Changed += (_, _) => _wake.Wake();
            watcher.Error += (_, e) =>
            {
                logger.LogWarning(e.GetException(), "Drop folder watcher error; rescanning now");
                _wake.Wake();
            };
            watcher.EnableRaisingEvents = true;
            return watcher;
        }
        catch (Exception e)
        {
            watcher?.Dispose();
            logger.LogWarning(e, "Cannot watch the drop folder {Folder}; new files are found by the rescan every {Interval}",
                layout.Root, options.Value.RescanInterval);
            return null;
        }
    }
}
