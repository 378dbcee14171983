using Microsoft.Extensions.Options;
using PressDesk.Workers;

namespace PressDesk.Alerts;

// Delivers fired alerts to the webhook and email channels from the outbox table. A failed
// delivery is recorded with its error and tried again later with a growing delay; it is never
// dropped. A send cut short by PressDesk itself stopping is not repeated on its own (see
// AlertStore.MarkSendingAsync). Delivery runs apart from firing, so a slow receiver cannot make an alert late.
public sealed class AlertOutbox(
    AlertStore alerts, WebhookChannel webhook, EmailChannel email, IOptionsMonitor<AlertOptions> options,
    TimeProvider time, ILogger<AlertOutbox> logger)
    : BackgroundService
{
    private const int Batch = 50;

    public WakeSignal Signal { get; } = new();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            DateTimeOffset? next;
            try
            {
                next = await DeliverDueAsync(stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(e, "The alert delivery pass failed");
                next = time.GetUtcNow() + options.CurrentValue.RetryDelay;
            }
            await Signal.SleepAsync(next, time, stoppingToken);
        }
    }

    internal async Task<DateTimeOffset?> DeliverDueAsync(CancellationToken ct)
    {
        foreach (var delivery in await alerts.DueDeliveriesAsync(time.GetUtcNow(), Batch, ct))
            await DeliverAsync(delivery, ct);
        return await alerts.NextDeliveryAttemptAsync(ct);
    }

    private async Task DeliverAsync(PendingDelivery delivery, CancellationToken ct)
    {
        var settings = options.CurrentValue;
        var enabled = delivery.Channel == DeliveryChannel.Webhook ? settings.Webhook.Enabled : settings.Email.Enabled;
        if (!enabled)
        {
            await alerts.RecordAsync(delivery.Id, "cancelled", "The channel is no longer configured.", time.GetUtcNow(), null);
            return;
        }
        // "Call back soon" is noise once the call is made: an alert held back by quiet hours or a
        // failing receiver is dropped from the outbox when the request has been answered meanwhile.
        if (await alerts.IsAnsweredAsync(delivery.Notice.RequestId, ct))
        {
            await alerts.RecordAsync(delivery.Id, "cancelled", "The request was answered before this could be sent.", time.GetUtcNow(), null);
            return;
        }

        if (!await alerts.MarkSendingAsync(delivery.Id, ct)) return;
        try
        {
            if (delivery.Channel == DeliveryChannel.Webhook) await webhook.SendAsync(delivery.Notice, ct);
            else await email.SendAsync(delivery.Notice, ct);
            await alerts.RecordAsync(delivery.Id, "delivered", null, time.GetUtcNow(), null);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            var attempt = delivery.Attempts + 1;
            var delay = TimeSpan.FromTicks(Math.Min(
                settings.RetryDelay.Ticks * (1L << Math.Min(attempt - 1, 20)), settings.MaxRetryDelay.Ticks));
            var now = time.GetUtcNow();
            logger.LogWarning("Delivering alert {AlertId} by {Channel} failed (attempt {Attempt}): {Error}; next try at {Next:O}",
                delivery.Notice.AlertId, delivery.Channel, attempt, e.Message, now + delay);
            await alerts.RecordAsync(delivery.Id, "failed", e.Message, now, now + delay);
        }
    }
}
