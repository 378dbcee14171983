using Microsoft.Extensions.Options;
using PressDesk.Data;
using PressDesk.Hosting;
using PressDesk.Push;
using PressDesk.Requests;

namespace PressDesk.Routing;

// Moves a request on when its holder does not take it up: not acknowledged within
// AcknowledgeWithin of being given it, away while it is unacknowledged (at once), or its warning
// reached with no response (once). It goes to the next available matching member not yet asked,
// else to the press officer, and stops there. Like the alert worker it sleeps exactly until the
// next step falls due on the TimeProvider and is woken by a request's change or someone going
// away; no polling interval decides how late an escalation is. The clocks of the request itself
// (response target, journalist's deadline) are never paused by any of this.
public sealed class EscalationWorker : PassWorker
{
    private readonly EscalationStore _store;
    private readonly RequestLifecycle _requests;
    private readonly Away _away;
    private readonly Router _router;
    private readonly Roster _roster;
    private readonly PushFanOut _push;
    private readonly Database _database;
    private readonly IOptionsMonitor<EscalationOptions> _options;
    private readonly IOptionsMonitor<ResponseTimeOptions> _clock;
    private readonly ILogger<EscalationWorker> _logger;
    private readonly MemberRouting _members;
    private readonly IDisposable? _optionsChanged;
    private readonly IDisposable? _clockChanged;

    public EscalationWorker(
        EscalationStore store, RequestLifecycle requests, Away away, MemberRouting members, Router router, Roster roster, PushFanOut push, Database database,
        IOptionsMonitor<EscalationOptions> options, IOptionsMonitor<ResponseTimeOptions> clock, TimeProvider time,
        ILogger<EscalationWorker> logger) : base(time, logger)
    {
        (_store, _requests, _away, _router, _roster, _push, _database) = (store, requests, away, router, roster, push, database);
        (_options, _clock, _logger) = (options, clock, logger);
        requests.Changed += Signal.Wake;
        away.Changed += Signal.Wake;
        members.Changed += Signal.Wake;   // a new press officer, hours or areas change who is asked next
        _members = members;
        _optionsChanged = options.OnChange(_ => Signal.Wake());
        _clockChanged = clock.OnChange(_ => Signal.Wake());
    }

    protected override string PassName => "The escalation pass";

    // One pass: move every request that is due (one step each), and say when the next falls due.
    protected internal override async Task<DateTimeOffset?> RunPassAsync(CancellationToken ct)
    {
        var clock = await ClockAsync(ct);
        foreach (var requestId in await _store.DueAsync(clock, ct))
            await EscalateAsync(requestId, ct);
        return await _store.NextDueAsync(await ClockAsync(ct), ct);
    }

    private async Task<EscalationClock> ClockAsync(CancellationToken ct)
    {
        await using var connection = await _database.OpenAsync(ct);
        var officer = (await _roster.LoadAsync(connection)).PressOfficer?.UserId ?? -1;
        return new EscalationClock(Time.GetUtcNow(), _options.CurrentValue.AcknowledgeWithin, _clock.CurrentValue.WarnAfter, officer);
    }

    // One step for one request, decided again inside its unit of work: a concurrent "I'm on it",
    // hand-over or answer that committed first is seen there and the request stays where it is.
    // The write restarts assigned_at, so the next person's AcknowledgeWithin counts from now.
    // True when it moved.
    internal async Task<bool> EscalateAsync(long requestId, CancellationToken ct)
    {
        await using var write = await _requests.BeginAsync(ct);
        var state = await EscalationStore.StateAsync(write.Connection, write.Transaction, requestId);
        if (state is null) return false;
        var team = await _roster.LoadAsync(write.Connection, write.Transaction);
        if (team.PressOfficer is not { } officer || state.IsLastStep(officer.UserId)) return false;   // never past the last step
        var now = Time.GetUtcNow();
        var clock = new EscalationClock(now, _options.CurrentValue.AcknowledgeWithin, _clock.CurrentValue.WarnAfter, officer.UserId);
        if (state.ReasonAt(clock) is not { } reason) return false;

        // Everyone already asked is left out, so the ladder only goes up; with nobody left, the
        // press officer has it even if asked before (they handed it on and it came back unanswered).
        var choice = await _router.ChooseAsync(write.Connection, write.Transaction, state.Topic, state.Question, now, state.Asked);
        var (toUserId, toName) = choice is not null ? (choice.UserId, choice.Name) : (officer.UserId, officer.Name);
        if (!await write.AssignAsync(requestId, toUserId, toName, AssignmentEvents.Escalated, reason, byUserId: null, acknowledged: false)) return false;
        await _push.QueueEscalationAsync(write.Connection, write.Transaction, requestId, toUserId);
        await write.CommitAsync(ct);   // raises the request's change: dashboards get their live "requests" event, push wakes
        _logger.Escalated(requestId, state.AssignedTo, toUserId, reason);
        return true;
    }

    public override void Dispose()
    {
        _requests.Changed -= Signal.Wake;
        _away.Changed -= Signal.Wake;
        _members.Changed -= Signal.Wake;
        _optionsChanged?.Dispose();
        _clockChanged?.Dispose();
        base.Dispose();
    }
}

internal static partial class EscalationWorkerLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Request {RequestId} escalated from member {From} to member {To} ({Reason})")]
    public static partial void Escalated(this ILogger logger, long requestId, long from, long to, string reason);
}
