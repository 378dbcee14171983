using Microsoft.Extensions.Options;
using PressDesk.Hosting;

namespace PressDesk.Intake.Mailbox;

// Keeps one connection to the mailbox and reads new messages as they arrive: at once when the
// server pushes them (IMAP IDLE), otherwise every PollInterval, both on the injected clock. Any
// failure (server down, wrong password, broken connection) is shown on the intake page and
// retried after 5 s, doubling to 5 min; it never stops the host.
public sealed class MailboxWorker(
    MailboxReader reader,
    MailboxStatus status,
    IntakeReasons reasons,
    IOptionsMonitor<IntakeOptions> options,
    TimeProvider time,
    ILogger<MailboxWorker> logger) : BackgroundService
{
    public static readonly Backoff Retry = new(TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(5));

    // Servers may drop an IDLE after 30 minutes (RFC 2177); it is re-issued well before.
    public static readonly TimeSpan IdleRenewal = TimeSpan.FromMinutes(25);

    private int _failures;

    private ImapOptions Imap => options.CurrentValue.Imap;

    // Woken by new mail (during IDLE) and by a retry: the current wait ends and a pass runs.
    public WakeSignal Signal { get; } = new();

    public void Wake() => Signal.Wake();

    // Also called again by IntakeRestart after the mailbox settings changed, once the worker has stopped.
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        _failures = 0;
        if (!Imap.Enabled)
        {
            status.Set(_ => new MailboxStatus.Snapshot(MailboxState.Off, null, null, null, null, 0, false));
            return Task.CompletedTask;
        }
        status.Set(s => s with { State = MailboxState.Connecting, Mailbox = $"{Imap.Username}@{Imap.Host}/{Imap.Folder}" });
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ReadWhileConnectedAsync(stoppingToken);
            }
            catch (Exception) when (stoppingToken.IsCancellationRequested)
            {
                // Stopping: MailKit may report the cancelled I/O as a broken connection.
                return;
            }
            catch (Exception e)
            {
                await BackOffAsync(e, stoppingToken);
            }
        }
    }

    private async Task ReadWhileConnectedAsync(CancellationToken ct)
    {
        status.Set(s => s with { State = MailboxState.Connecting, Idle = false });
        await using var session = await MailboxSession.OpenAsync(Imap, Imap.Folder, ct);
        _failures = 0;
        status.Set(s => s with { State = MailboxState.Connected, LastError = null, NextAttemptAt = null, ConsecutiveFailures = 0 });
        logger.Opened(status.Current.Mailbox, session.CanIdle);

        // Subscribed for the whole session, so mail that arrives during a pass is not missed.
        session.Folder.CountChanged += (_, _) => Wake();
        while (true)
        {
            await reader.ReadNewAsync(session, ct);
            status.Set(s => s with { LastCheckedAt = time.GetUtcNow() });
            await WaitForMailAsync(session, ct);
        }
    }

    // Until new mail, a wake-up or the poll interval; IDLE also ends at IdleRenewal to be re-issued.
    private async Task WaitForMailAsync(MailboxSession session, CancellationToken stoppingToken)
    {
        var interval = session.CanIdle && Imap.PollInterval > IdleRenewal ? IdleRenewal : Imap.PollInterval;
        using var timeout = new CancellationTokenSource(interval, time);
        using var done = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, timeout.Token);
        var woken = EndWhenWokenAsync(done);
        try
        {
            if (session.CanIdle)
            {
                status.Set(s => s with { Idle = true });
                if (!done.IsCancellationRequested) await session.Client.IdleAsync(done.Token, stoppingToken);
            }
            else
            {
                try { await Task.Delay(Timeout.InfiniteTimeSpan, done.Token); }
                catch (OperationCanceledException) { /* the poll interval passed, or mail or a retry woke us */ }
            }
        }
        finally
        {
            status.Set(s => s with { Idle = false });
            await done.CancelAsync();
            await woken;
        }
        stoppingToken.ThrowIfCancellationRequested();
    }

    private async Task EndWhenWokenAsync(CancellationTokenSource done)
    {
        try
        {
            await Signal.WaitAsync(done.Token);
            await done.CancelAsync();
        }
        catch (OperationCanceledException)
        {
            // The wait ended another way.
        }
    }

    private async Task BackOffAsync(Exception e, CancellationToken ct)
    {
        _failures++;
        var next = time.GetUtcNow() + Retry.After(_failures);
        var error = reasons.Of(MailboxErrors.Describe(e, Imap));
        status.Set(s => s with
        {
            State = MailboxState.Failing, LastError = error, NextAttemptAt = next, ConsecutiveFailures = _failures, Idle = false,
        });
        // The exception's type and stack help an administrator; its message is already in `error`.
        logger.AttemptFailed(status.Current.Mailbox, error.English, e.GetType().Name, _failures, next);

        // Sleeps until the stored time, not for a fixed span, so a clock that moved meanwhile
        // (a test's fake clock) is not waited on twice.
        var remaining = next - time.GetUtcNow();
        if (remaining > TimeSpan.Zero) await Task.Delay(remaining, time, ct);
    }
}

// The log lines of this file, as source-generated LoggerMessage methods (no boxing, no parsing of the template per call).
internal static partial class MailboxWorkerLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Mailbox {Mailbox} open (IDLE: {Idle})")]
    public static partial void Opened(this ILogger logger, string? mailbox, bool idle);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mailbox {Mailbox}: {Error} ({Type}); attempt {Failures} failed, next at {Next:O}")]
    public static partial void AttemptFailed(this ILogger logger, string? mailbox, string error, string type, int failures, DateTimeOffset next);
}
