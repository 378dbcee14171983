using Microsoft.Extensions.Options;
using PressDesk.Configuration;
using PressDesk.Requests;
using PressDesk.Workers;

namespace PressDesk.Alerts;

// Fires each alert at its due time, once. It always knows the earliest next due time among open
// requests (warning, breach, deadline, and the deadline itself, when a request becomes Missed)
// and sleeps exactly until then on the injected TimeProvider; a change to any request, or to the
// response-time settings, wakes it to recompute. No polling interval decides how late an alert is.
public sealed class AlertWorker : BackgroundService
{
    private static readonly TimeSpan RetryAfterFailure = TimeSpan.FromSeconds(5);

    private readonly AlertStore _alerts;
    private readonly RequestStore _requests;
    private readonly RequestChangeSignal _changes;
    private readonly LiveEvents _live;
    private readonly AlertOutbox _outbox;
    private readonly IOptionsMonitor<ResponseTimeOptions> _clock;
    private readonly IOptionsMonitor<AlertOptions> _options;
    private readonly DisplayTime _displayTime;
    private readonly AlertText _text;
    private readonly TimeProvider _time;
    private readonly ILogger<AlertWorker> _logger;
    private readonly IDisposable? _settingsChanged;

    public AlertWorker(
        AlertStore alerts, RequestStore requests, RequestChangeSignal changes, LiveEvents live, AlertOutbox outbox,
        IOptionsMonitor<ResponseTimeOptions> clock, IOptionsMonitor<AlertOptions> options, DisplayTime displayTime,
        AlertText text, TimeProvider time, ILogger<AlertWorker> logger)
    {
        (_alerts, _requests, _changes, _live, _outbox) = (alerts, requests, changes, live, outbox);
        (_clock, _options, _displayTime, _text, _time, _logger) = (clock, options, displayTime, text, time, logger);
        _settingsChanged = clock.OnChange(_ => changes.Notify());
    }

    public WakeSignal Signal => _changes.Worker;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            DateTimeOffset? next;
            try
            {
                next = await RunPassAsync(stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                _logger.LogError(e, "The alert pass failed; trying again in {Delay}", RetryAfterFailure);
                next = _time.GetUtcNow() + RetryAfterFailure;
            }
            await Signal.SleepAsync(next, _time, stoppingToken);
        }
    }

    // One pass: fire what is due now, mark requests whose deadline passed as Missed (after the
    // deadline alert had its chance), and say when the next thing falls due.
    internal async Task<DateTimeOffset?> RunPassAsync(CancellationToken ct)
    {
        var now = _time.GetUtcNow();
        var settings = _clock.CurrentValue;
        var options = _options.CurrentValue;
        var outboxChannels = new List<DeliveryChannel>();
        if (options.Webhook.Enabled) outboxChannels.Add(DeliveryChannel.Webhook);
        if (options.Email.Enabled) outboxChannels.Add(DeliveryChannel.Email);

        var fired = await _alerts.FireDueAsync(
            settings, outboxChannels, now, QuietHours.DeliverAt(options.QuietHours, _displayTime, now), options.LateAfter, ct);
        foreach (var notice in fired)
        {
            _logger.LogInformation("Alert {AlertId}: {Kind} for request {RequestId}, due {DueAt:O}, fired {FiredAt:O}",
                notice.AlertId, notice.Kind, notice.RequestId, notice.DueAt, notice.FiredAt);
            _live.Publish(LiveEvents.AlertEvent, DashboardPayload(notice));
        }
        if (fired.Count > 0 && outboxChannels.Count > 0) _outbox.Signal.Wake();

        var missed = await _requests.MarkMissedAsync(now, ct);
        if (fired.Count > 0 || missed > 0) _live.Publish(LiveEvents.RequestsEvent, new { });

        return await _alerts.NextDueAsync(settings, now, ct);
    }

    private object DashboardPayload(AlertNotice notice) => new
    {
        alertId = notice.AlertId,
        kind = notice.Kind.Name(),
        requestId = notice.RequestId,
        title = _text.Title(notice),
        body = _text.Body(notice),
        link = $"/requests/{notice.RequestId}",
        late = notice.Late,
    };

    public override void Dispose()
    {
        _settingsChanged?.Dispose();
        base.Dispose();
    }
}
