using System.Globalization;
using Microsoft.Extensions.Options;
using PressDesk.Hosting;
using PressDesk.Requests;

namespace PressDesk.Alerts;

// Fires each alert at its due time, once. It always knows the earliest next due time among open
// requests (warning, breach, deadline, and the deadline itself, when a request becomes Missed)
// and sleeps exactly until then on the injected TimeProvider; a change to any request, or to the
// response-time settings, wakes it to recompute. No polling interval decides how late an alert is.
public sealed class AlertWorker : PassWorker
{
    private readonly AlertStore _alerts;
    private readonly RequestLifecycle _requests;
    private readonly LiveEvents _live;
    private readonly AlertOutbox _outbox;
    private readonly IOptionsMonitor<ResponseTimeOptions> _clock;
    private readonly IOptionsMonitor<AlertOptions> _options;
    private readonly DisplayTime _displayTime;
    private readonly AlertText _text;
    private readonly ILogger<AlertWorker> _logger;
    private readonly IDisposable? _settingsChanged;

    public AlertWorker(
        AlertStore alerts, RequestLifecycle requests, LiveEvents live, AlertOutbox outbox,
        IOptionsMonitor<ResponseTimeOptions> clock, IOptionsMonitor<AlertOptions> options, DisplayTime displayTime,
        AlertText text, TimeProvider time, ILogger<AlertWorker> logger) : base(time, logger)
    {
        (_alerts, _requests, _live, _outbox) = (alerts, requests, live, outbox);
        (_clock, _options, _displayTime, _text, _logger) = (clock, options, displayTime, text, logger);
        requests.Changed += Signal.Wake;
        // New settings move every due time, and the dashboards' clocks with them.
        _settingsChanged = clock.OnChange(_ =>
        {
            Signal.Wake();
            live.Publish(LiveEvents.RequestsEvent, new { });
        });
    }

    protected override string PassName => "The alert pass";

    // One pass: fire what is due now, mark requests whose deadline passed as Missed (after the
    // deadline alert had its chance), and say when the next thing falls due.
    protected internal override async Task<DateTimeOffset?> RunPassAsync(CancellationToken ct)
    {
        var now = Time.GetUtcNow();
        var settings = _clock.CurrentValue;
        var options = _options.CurrentValue;
        var outboxChannels = _outbox.EnabledChannels(options);

        var fired = await _alerts.FireDueAsync(
            settings, outboxChannels, now, QuietHours.DeliverAt(options.QuietHours, _displayTime, now), options.LateAfter, ct);
        foreach (var notice in fired)
        {
            _logger.AlertFired(notice.AlertId, notice.Kind, notice.RequestId, notice.DueAt, notice.FiredAt);
            _live.Publish(LiveEvents.AlertEvent, language => DashboardPayload(notice, language));
        }
        if (fired.Count > 0 && outboxChannels.Count > 0) _outbox.Signal.Wake();

        // Marking requests Missed raises their change, which refreshes the dashboards.
        await MarkMissedAsync(now, ct);
        if (fired.Count > 0) _live.Publish(LiveEvents.RequestsEvent, new { });

        return await _alerts.NextDueAsync(settings, now, ct);
    }

    private async Task MarkMissedAsync(DateTimeOffset now, CancellationToken ct)
    {
        await using var write = await _requests.BeginAsync(ct);
        await write.MarkMissedAsync(now);
        await write.CommitAsync(ct);
    }

    private object DashboardPayload(AlertNotice notice, CultureInfo language)
    {
        var words = _text.In(notice, language);
        return new
        {
            alertId = notice.AlertId,
            kind = notice.Kind.Name(),
            requestId = notice.RequestId,
            title = words.Title,
            body = words.Body,
            link = $"/requests/{notice.RequestId}",
            late = notice.Late,
        };
    }

    public override void Dispose()
    {
        _requests.Changed -= Signal.Wake;
        _settingsChanged?.Dispose();
        base.Dispose();
    }
}

// The log lines of this file, as source-generated LoggerMessage methods (no boxing, no parsing of the template per call).
internal static partial class AlertWorkerLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Alert {AlertId}: {Kind} for request {RequestId}, due {DueAt:O}, fired {FiredAt:O}")]
    public static partial void AlertFired(this ILogger logger, long alertId, AlertKind kind, long requestId, DateTimeOffset dueAt, DateTimeOffset firedAt);
}
