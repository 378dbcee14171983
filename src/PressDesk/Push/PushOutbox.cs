using System.Net;
using Lib.Net.Http.WebPush;
using Microsoft.Extensions.Options;
using PressDesk.Alerts;
using PressDesk.Hosting;
using PressDesk.Requests;

namespace PressDesk.Push;

// Sends each device's due pushes from push_deliveries, with the alert outbox's guarantees: at most
// once per device, a failure retried on the alerts' backoff (PressDesk:Alerts:RetryDelay to
// MaxRetryDelay) and never dropped; 429 waits for the push service's Retry-After; 404/410 means
// the browser dropped the subscription, so the device is removed. Wakes when a request is logged
// (its pushes were queued in the same transaction) and when the alert outbox hands it an alert.
public sealed class PushOutbox : PassWorker
{
    private const int Batch = 50;

    private readonly PushDeliveries _deliveries;
    private readonly PushSubscriptions _subscriptions;
    private readonly PushSender _sender;
    private readonly PushPayload _payload;
    private readonly RequestLifecycle _requests;
    private readonly IOptionsMonitor<PushOptions> _push;
    private readonly IOptionsMonitor<AlertOptions> _alerts;
    private readonly ILogger<PushOutbox> _logger;

    public PushOutbox(
        PushDeliveries deliveries, PushSubscriptions subscriptions, PushSender sender, PushPayload payload, RequestLifecycle requests,
        IOptionsMonitor<PushOptions> push, IOptionsMonitor<AlertOptions> alerts, TimeProvider time, ILogger<PushOutbox> logger)
        : base(time, logger)
    {
        (_deliveries, _subscriptions, _sender, _payload, _requests) = (deliveries, subscriptions, sender, payload, requests);
        (_push, _alerts, _logger) = (push, alerts, logger);
        requests.Changed += Signal.Wake;
    }

    public const string AnsweredMeanwhile = "The request was answered before this could be sent.";
    public const string RequestDeleted = "The request was deleted before this could be sent.";
    public const string OwnerRemoved = "The device or its user was removed before this could be sent.";
    public const string NoSubject = "No VAPID contact: set PressDesk:Push:Subject or an owner email.";

    protected override string PassName => "The push delivery pass";

    protected override TimeSpan RetryAfterFailure => _alerts.CurrentValue.RetryDelay;

    protected internal override Task<DateTimeOffset?> RunPassAsync(CancellationToken ct) => DeliverDueAsync(ct);

    internal async Task<DateTimeOffset?> DeliverDueAsync(CancellationToken ct)
    {
        if (!_push.CurrentValue.Enabled) return null;
        var due = await _deliveries.DueAsync(Time.GetUtcNow(), Batch, ct);
        if (due.Count > 0)
        {
            var subject = _push.CurrentValue.Subject is { Length: > 0 } configured ? configured
                : await _deliveries.OwnerEmailAsync(ct) is { } owner ? $"mailto:{owner}" : null;
            foreach (var push in due) await DeliverAsync(push, subject, ct);
        }
        return await _deliveries.NextAttemptAsync(ct);
    }

    private async Task DeliverAsync(DuePush push, string? subject, CancellationToken ct)
    {
        var now = Time.GetUtcNow();
        if (push.OwnerGone)
        {
            await _deliveries.RecordAsync(push.Id, "cancelled", OwnerRemoved, now, null);
            return;
        }
        if (push.RequestGone || push.Answered)
        {
            await _deliveries.RecordAsync(push.Id, "cancelled", push.RequestGone ? RequestDeleted : AnsweredMeanwhile, now, null);
            return;
        }
        if (subject is null)
        {
            await FailedAsync(push, NoSubject, now, null);
            return;
        }

        var content = _payload.Build(push, now);
        if (!await _deliveries.MarkSendingAsync(push.Id, ct)) return;
        try
        {
            await _sender.SendAsync(push.Subscription, content, subject, ct);
            await _deliveries.RecordAsync(push.Id, "delivered", null, Time.GetUtcNow(), null);
        }
        catch (PushServiceClientException e) when (e.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Gone)
        {
            _logger.SubscriptionGone(push.SubscriptionId, (int)e.StatusCode);
            await _subscriptions.RemoveGoneAsync(push.SubscriptionId, ct);
        }
        catch (PushServiceClientException e) when (e.StatusCode == HttpStatusCode.RequestEntityTooLarge)
        {
            // The same payload would be refused again on every retry: recorded as failed, for good.
            var error = $"The push service answered 413 {e.Message}: the message is too large for this device and is not retried.";
            _logger.PushTooLarge(push.Id, push.SubscriptionId);
            await _deliveries.RecordAsync(push.Id, "failed", error, Time.GetUtcNow(), null);
        }
        catch (PushServiceClientException e) when (e.StatusCode == HttpStatusCode.TooManyRequests)
        {
            var at = Time.GetUtcNow();
            var retryAfter = e.Headers?.RetryAfter;
            DateTimeOffset? next = retryAfter?.Delta is { } delta ? at + delta : retryAfter?.Date;
            await FailedAsync(push, $"The push service answered 429 {e.Message}", at, next);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            var error = e is PushServiceClientException p ? $"The push service answered {(int)p.StatusCode} {p.Message}" : e.Message;
            await FailedAsync(push, error, Time.GetUtcNow(), null);
        }
    }

    // On the alerts' backoff, unless the push service said when.
    private async Task FailedAsync(DuePush push, string error, DateTimeOffset now, DateTimeOffset? next)
    {
        var attempt = push.Attempts + 1;
        var at = next is { } said && said > now ? said : now + _alerts.CurrentValue.Retry.After(attempt);
        _logger.PushFailed(push.Id, push.SubscriptionId, attempt, error, at);
        await _deliveries.RecordAsync(push.Id, "failed", error, now, at);
    }

    public override void Dispose()
    {
        _requests.Changed -= Signal.Wake;
        base.Dispose();
    }
}

internal static partial class PushOutboxLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Push {DeliveryId} to device {SubscriptionId} failed (attempt {Attempt}): {Error}; next try at {Next:O}")]
    public static partial void PushFailed(this ILogger logger, long deliveryId, long subscriptionId, int attempt, string error, DateTimeOffset next);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Push {DeliveryId} to device {SubscriptionId} refused as too large (413); not retried")]
    public static partial void PushTooLarge(this ILogger logger, long deliveryId, long subscriptionId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Device {SubscriptionId} removed: its push service answered {Status} (the browser dropped the subscription)")]
    public static partial void SubscriptionGone(this ILogger logger, long subscriptionId, int status);
}
