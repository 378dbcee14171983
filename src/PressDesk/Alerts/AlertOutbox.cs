using Microsoft.Extensions.Options;
using PressDesk.Hosting;

namespace PressDesk.Alerts;

// Delivers fired alerts to the outbox channels (webhook, email) from the outbox table. A failed
// delivery is recorded with its error and tried again later on the RetryDelay backoff; it is never
// dropped. A send cut short by PressDesk itself stopping is not repeated on its own (see
// AlertStore.MarkSendingAsync). Delivery runs apart from firing, so a slow receiver cannot make an alert late.
public sealed class AlertOutbox(
    AlertStore alerts, IEnumerable<IAlertChannel> channels, IOptionsMonitor<AlertOptions> options,
    TimeProvider time, ILogger<AlertOutbox> logger)
    : PassWorker(time, logger)
{
    private const int Batch = 50;

    // Stored in English like every delivery error (they are log lines too); AlertText shows them in the reader's language.
    public const string NoLongerConfigured = "The channel is no longer configured.";
    public const string AnsweredMeanwhile = "The request was answered before this could be sent.";

    private readonly IReadOnlyDictionary<DeliveryChannel, IAlertChannel> _channels = channels.ToDictionary(c => c.Channel);

    protected override string PassName => "The alert delivery pass";

    protected override TimeSpan RetryAfterFailure => options.CurrentValue.RetryDelay;

    // The channels that take new deliveries now.
    public IReadOnlyList<DeliveryChannel> EnabledChannels(AlertOptions settings) =>
        _channels.Values.Where(c => c.IsEnabled(settings)).Select(c => c.Channel).ToList();

    protected internal override Task<DateTimeOffset?> RunPassAsync(CancellationToken ct) => DeliverDueAsync(ct);

    internal async Task<DateTimeOffset?> DeliverDueAsync(CancellationToken ct)
    {
        foreach (var delivery in await alerts.DueDeliveriesAsync(Time.GetUtcNow(), Batch, ct))
            await DeliverAsync(delivery, ct);
        return await alerts.NextDeliveryAttemptAsync(ct);
    }

    private async Task DeliverAsync(PendingDelivery delivery, CancellationToken ct)
    {
        var settings = options.CurrentValue;
        if (_channels.GetValueOrDefault(delivery.Channel) is not { } channel || !channel.IsEnabled(settings))
        {
            await alerts.RecordAsync(delivery.Id, "cancelled", NoLongerConfigured, Time.GetUtcNow(), null);
            return;
        }
        // "Call back soon" is noise once the call is made: an alert held back by quiet hours or a
        // failing receiver is dropped from the outbox when the request has been answered meanwhile.
        if (await alerts.IsAnsweredAsync(delivery.Notice.RequestId, ct))
        {
            await alerts.RecordAsync(delivery.Id, "cancelled", AnsweredMeanwhile, Time.GetUtcNow(), null);
            return;
        }

        if (!await alerts.MarkSendingAsync(delivery.Id, ct)) return;
        try
        {
            await channel.SendAsync(delivery.Notice, ct);
            await alerts.RecordAsync(delivery.Id, "delivered", null, Time.GetUtcNow(), null);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            var attempt = delivery.Attempts + 1;
            var now = Time.GetUtcNow();
            var next = now + settings.Retry.After(attempt);
            logger.DeliveryFailed(delivery.Notice.AlertId, delivery.Channel, attempt, e.Message, next);
            await alerts.RecordAsync(delivery.Id, "failed", e.Message, now, next);
        }
    }
}

// The log lines of this file, as source-generated LoggerMessage methods (no boxing, no parsing of the template per call).
internal static partial class AlertOutboxLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Delivering alert {AlertId} by {Channel} failed (attempt {Attempt}): {Error}; next try at {Next:O}")]
    public static partial void DeliveryFailed(this ILogger logger, long alertId, DeliveryChannel channel, int attempt, string error, DateTimeOffset next);
}
