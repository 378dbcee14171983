using System.Globalization;
using Dapper;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using PressDesk.Alerts;
using PressDesk.Data;
using PressDesk.Hosting;
using PressDesk.Localization;
using PressDesk.Push;

namespace PressDesk.Callbacks;

// Reminds the member who calls back, RemindBefore ahead of each scheduled callback, once: a live
// dashboard event and a push to that member's devices. It sleeps exactly until the next reminder
// on the injected clock and is woken when a callback (or a request, which may take its callbacks
// with it) changes, or when RemindBefore does; no polling interval decides how late it is.
public sealed class CallbackReminders : PassWorker
{
    private readonly Database _database;
    private readonly ScheduleCallback _callbacks;
    private readonly Requests.RequestLifecycle _requests;
    private readonly LiveEvents _live;
    private readonly CallbackPushes _push;
    private readonly PushOutbox _outbox;
    private readonly IOptionsMonitor<CallbackOptions> _options;
    private readonly DisplayTime _displayTime;
    private readonly IStringLocalizer<CallbackReminders> _localizer;
    private readonly ILogger<CallbackReminders> _logger;
    private readonly IDisposable? _settingsChanged;

    public CallbackReminders(
        Database database, ScheduleCallback callbacks, Requests.RequestLifecycle requests, LiveEvents live, CallbackPushes push, PushOutbox outbox,
        IOptionsMonitor<CallbackOptions> options, DisplayTime displayTime, IStringLocalizer<CallbackReminders> localizer,
        TimeProvider time, ILogger<CallbackReminders> logger) : base(time, logger)
    {
        (_database, _callbacks, _requests, _live, _push, _outbox) = (database, callbacks, requests, live, push, outbox);
        (_options, _displayTime, _localizer, _logger) = (options, displayTime, localizer, logger);
        callbacks.Changed += Signal.Wake;
        requests.Changed += Signal.Wake;
        _settingsChanged = options.OnChange(_ => Signal.Wake());
    }

    protected override string PassName => "The callback reminder pass";

    protected internal override async Task<DateTimeOffset?> RunPassAsync(CancellationToken ct)
    {
        var now = Time.GetUtcNow();
        var before = _options.CurrentValue.RemindBefore;
        var due = await DueAsync(now + before, ct);
        foreach (var reminder in due)
            if (await FireAsync(reminder, now, ct))
            {
                _logger.CallbackReminded(reminder.Id, reminder.RequestId, reminder.DueAt, now);
                _live.Publish(LiveEvents.AlertEvent, language => DashboardPayload(reminder, language));
            }
        if (due.Count > 0) _outbox.Signal.Wake();
        return await NextReminderAsync(before, ct);
    }

    // Marks it reminded and queues its pushes in one transaction: committed, it is never fired
    // again (a restart reads reminded_at); rolled back, it fires at the next pass. False when it was
    // done, cancelled or reminded meanwhile (the UPDATE checks, so two passes cannot both fire it).
    private async Task<bool> FireAsync(Reminder reminder, DateTimeOffset now, CancellationToken ct)
    {
        await using var connection = await _database.OpenAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        var marked = await connection.ExecuteAsync("""
            UPDATE scheduled_callbacks SET reminded_at = @now
            WHERE id = @Id AND state = 'scheduled' AND reminded_at IS NULL
            """, new { reminder.Id, now = now.ToUnixMs() }, tx);
        if (marked == 0) return false;
        if (reminder.UserId is { } userId) await _push.QueueAsync(connection, tx, reminder.RequestId, reminder.Id, userId);
        await tx.CommitAsync(ct);
        return true;
    }

    private async Task<IReadOnlyList<Reminder>> DueAsync(DateTimeOffset dueBy, CancellationToken ct)
    {
        await using var connection = await _database.OpenAsync(ct);
        return (await connection.QueryAsync<Reminder>("""
            SELECT c.id AS Id, c.request_id AS RequestId, c.due_at AS DueAtMs, c.user_id AS UserId, j.name AS Journalist
            FROM scheduled_callbacks c JOIN requests r ON r.id = c.request_id JOIN journalists j ON j.id = r.journalist_id
            WHERE c.state = 'scheduled' AND c.reminded_at IS NULL AND c.due_at <= @dueBy
            ORDER BY c.due_at, c.id
            """, new { dueBy = dueBy.ToUnixMs() })).ToList();
    }

    private async Task<DateTimeOffset?> NextReminderAsync(TimeSpan before, CancellationToken ct)
    {
        await using var connection = await _database.OpenAsync(ct);
        var next = UnixTime.FromUnixMs(await connection.ExecuteScalarAsync<long?>(
            "SELECT min(due_at) FROM scheduled_callbacks WHERE state = 'scheduled' AND reminded_at IS NULL"));
        return next - before;
    }

    // Like an alert's event (live.js shows it as a system notification), in each dashboard's language.
    private object DashboardPayload(Reminder reminder, CultureInfo language)
    {
        using var scope = Languages.Use(language);
        return new
        {
            kind = PushKinds.Callback,
            callbackId = reminder.Id,
            userId = reminder.UserId,
            requestId = reminder.RequestId,
            title = _localizer["Callback in a few minutes"].Value,
            body = _localizer["Call {0} back at {1}.", reminder.Journalist, _displayTime.FormatTime(reminder.DueAt)].Value,
            link = $"/requests/{reminder.RequestId}#callbacks",
        };
    }

    public override void Dispose()
    {
        _callbacks.Changed -= Signal.Wake;
        _requests.Changed -= Signal.Wake;
        _settingsChanged?.Dispose();
        base.Dispose();
    }

    private sealed class Reminder
    {
        public long Id { get; init; }
        public long RequestId { get; init; }
        public long DueAtMs { get; init; }
        public long? UserId { get; init; }
        public string Journalist { get; init; } = "";
        public DateTimeOffset DueAt => UnixTime.FromUnixMs(DueAtMs);
    }
}

internal static partial class CallbackRemindersLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Callback {CallbackId} on request {RequestId}, due {DueAt:O}: reminder fired {FiredAt:O}")]
    public static partial void CallbackReminded(this ILogger logger, long callbackId, long requestId, DateTimeOffset dueAt, DateTimeOffset firedAt);
}
