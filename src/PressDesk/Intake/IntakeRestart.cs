using System.Text.Json;
using Microsoft.Extensions.Options;
using PressDesk.Intake.DropFolder;
using PressDesk.Intake.Mailbox;

namespace PressDesk.Intake;

// When the drop folder or the mailbox settings change (the Settings page), the intake workers
// stop and start again on the new settings: the folder is watched anew, the mailbox reconnects.
// Other setting changes leave them alone. Restarts run one at a time, off the thread that saved.
public sealed class IntakeRestart(
    IOptionsMonitor<IntakeOptions> options, DropFolderWorker dropFolder, MailboxWorker mailbox, ILogger<IntakeRestart> logger)
    : IHostedService, IDisposable
{
    private readonly SemaphoreSlim _one = new(1, 1);
    private IDisposable? _subscription;
    private string _applied = "";
    private bool _stopping;

    // The latest restart, done or under way (tests wait for it).
    public Task LastRestart { get; private set; } = Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _applied = Connection(options.CurrentValue);
        _subscription = options.OnChange(changed =>
        {
            if (Connection(changed) != Volatile.Read(ref _applied)) LastRestart = Task.Run(RestartAsync, CancellationToken.None);
        });
        return Task.CompletedTask;
    }

    private async Task RestartAsync()
    {
        await _one.WaitAsync();
        try
        {
            var current = Connection(options.CurrentValue);
            if (_stopping || current == _applied) return;
            _applied = current;
            logger.Restarting();
            await dropFolder.StopAsync(CancellationToken.None);
            await mailbox.StopAsync(CancellationToken.None);
            // Not the caller's token: a started worker runs until the host stops it.
            await dropFolder.StartAsync(CancellationToken.None);
            await mailbox.StartAsync(CancellationToken.None);
        }
        catch (Exception e)
        {
            logger.RestartFailed(e);   // an unusable folder: the intake page and the log say so
        }
        finally
        {
            _one.Release();
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        _subscription?.Dispose();
        await _one.WaitAsync(cancellationToken);
        _stopping = true;
        _one.Release();
    }

    // The semaphore is left to the collector: the host may dispose services before a late StopAsync.
    public void Dispose() => _subscription?.Dispose();

    // What the workers connect with; compared in memory only (it holds the IMAP password).
    private static string Connection(IntakeOptions o) =>
        JsonSerializer.Serialize(new { o.DropFolder, o.Watch, o.Imap });
}

internal static partial class IntakeRestartLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Intake settings changed; the drop folder and mailbox workers restart")]
    public static partial void Restarting(this ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "Restarting the intake workers failed")]
    public static partial void RestartFailed(this ILogger logger, Exception exception);
}
