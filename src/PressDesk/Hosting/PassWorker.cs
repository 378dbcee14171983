namespace PressDesk.Hosting;

// The one worker loop: run a pass, sleep until the pass says the next one is due (or until woken
// through Signal), again. A failed pass is logged and retried after RetryAfterFailure; it never
// stops the host, as an unhandled exception in a BackgroundService would.
public abstract class PassWorker(TimeProvider time, ILogger logger) : BackgroundService
{
    public WakeSignal Signal { get; } = new();

    protected TimeProvider Time => time;

    // Said in the log when a pass fails ("The alert pass").
    protected abstract string PassName { get; }

    // One pass; returns when the next is due, or null for "when woken".
    protected internal abstract Task<DateTimeOffset?> RunPassAsync(CancellationToken ct);

    protected virtual TimeSpan RetryAfterFailure => TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            DateTimeOffset? next;
            try
            {
                next = await RunPassAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.PassFailed(e, PassName, RetryAfterFailure);
                next = time.GetUtcNow() + RetryAfterFailure;
            }
            await Signal.SleepAsync(next, time, stoppingToken);
        }
    }

    public override void Dispose()
    {
        Signal.Dispose();
        base.Dispose();
        GC.SuppressFinalize(this);
    }
}

// The log lines of this file, as source-generated LoggerMessage methods (no boxing, no parsing of the template per call).
internal static partial class PassWorkerLog
{
    [LoggerMessage(Level = LogLevel.Error, Message = "{Pass} failed; trying again in {Delay}")]
    public static partial void PassFailed(this ILogger logger, Exception exception, string pass, TimeSpan delay);
}
