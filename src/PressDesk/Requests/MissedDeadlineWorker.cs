namespace PressDesk.Requests;

// Marks a request Missed when the journalist's deadline passes with no response. It sleeps on the
// injected TimeProvider until the earliest open deadline, and wakes early when a request changes.
public sealed class MissedDeadlineWorker(
    RequestStore store, RequestChangeSignal changes, TimeProvider time, ILogger<MissedDeadlineWorker> logger)
    : BackgroundService
{
    private static readonly TimeSpan LongestSleep = TimeSpan.FromHours(6);
    private static readonly TimeSpan RetryAfterFailure = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var sleep = RetryAfterFailure;
            try
            {
                var next = await RunPassAsync(stoppingToken);
                sleep = next is { } due ? due - time.GetUtcNow() : LongestSleep;
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(e, "Checking journalist deadlines failed; retrying in {Delay}", RetryAfterFailure);
            }
            await SleepAsync(sleep, stoppingToken);
        }
    }

    // One pass: mark what is missed now, and say when the next open deadline falls.
    internal async Task<DateTimeOffset?> RunPassAsync(CancellationToken ct)
    {
        var missed = await store.MarkMissedAsync(time.GetUtcNow(), ct);
        if (missed > 0) logger.LogInformation("Marked {Count} request(s) missed: the journalist's deadline passed", missed);
        return await store.NextOpenDeadlineAsync(ct);
    }

    private async Task SleepAsync(TimeSpan sleep, CancellationToken stoppingToken)
    {
        if (sleep <= TimeSpan.Zero) return;
        using var wake = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var timer = Task.Delay(sleep < LongestSleep ? sleep : LongestSleep, time, wake.Token);
        var changed = changes.WaitAsync(wake.Token);
        await Task.WhenAny(timer, changed);
        await wake.CancelAsync();
    }
}
