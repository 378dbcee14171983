using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PressDesk.Callbacks;
using PressDesk.Tests.Infrastructure;
using PressDesk.Tests.Push;
using PressDesk.Tests.Routing;
using static PressDesk.Tests.Callbacks.CallbackSteps;

namespace PressDesk.Tests.Callbacks;

// The reminder: RemindBefore (5 minutes by default) ahead of each scheduled callback, once, to the
// devices of the member who calls back and to open dashboards. The reminder worker runs on the
// fake clock; the test drives the push outbox.
public sealed class CallbackReminderTests(WebPushService service) : PushTest(service)
{
    private CallbackReminders Reminders => App.Services.GetRequiredService<CallbackReminders>();

    private Task<long> OwnerAsync() => App.Database.ScalarAsync<long>("SELECT id FROM users WHERE email = @OwnerEmail", new { PressDeskApp.OwnerEmail });

    private async Task<long> ScheduleAsync(long requestId, DateTimeOffset at, long userId, bool countsAsResponse = false)
    {
        var response = await Api.PostJsonAsync($"/api/requests/{requestId}/callbacks", new { at, userId, countsAsResponse });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (long)(await response.JsonAsync())["id"]!;
    }

    private Task<long?> RemindedAtAsync(long callbackId) =>
        App.Database.ScalarAsync<long?>("SELECT reminded_at FROM scheduled_callbacks WHERE id = @callbackId", new { callbackId });

    private Task WorkerSleepsUntilAsync(DateTimeOffset at) =>
        Eventually.UntilAsync(() => Reminders.Signal.SleepingUntil == at, $"the reminder worker sleeps until {at:O}",
            detail: () => $"sleeping until {Reminders.Signal.SleepingUntil:O}");

    private static async Task<System.Text.Json.Nodes.JsonNode> NextAlertAsync(OpenDashboard dashboard)
    {
        while (true)
            if (await dashboard.NextAsync() is ("alert", var data)) return data;
    }

    [Fact]
    public async Task The_reminder_fires_five_minutes_ahead_as_one_push_and_one_live_event()
    {
        var device = await SubscribeAsync();
        await using var dashboard = await OpenDashboard.OpenAsync(Client);
        var requestId = await LogAsync(Now.AddMinutes(-3));
        // Counted as the response: the request is answered, and the reminder must still go.
        var callbackId = await ScheduleAsync(requestId, Now.AddMinutes(30), await OwnerAsync(), countsAsResponse: true);

        await WorkerSleepsUntilAsync(Now.AddMinutes(25));
        Time.Advance(TimeSpan.FromMinutes(25) - TimeSpan.FromSeconds(1));
        Assert.Null(await RemindedAtAsync(callbackId));
        Time.Advance(TimeSpan.FromSeconds(1));
        await Eventually.UntilAsync(async () => await RemindedAtAsync(callbackId) is not null, "the reminder fired");
        Assert.Equal(Now.AddMinutes(25).ToUnixTimeMilliseconds(), await RemindedAtAsync(callbackId));

        var live = await NextAlertAsync(dashboard);
        Assert.Equal("callback", (string?)live["kind"]);
        Assert.Equal(callbackId, (long)live["callbackId"]!);
        Assert.Equal(await OwnerAsync(), (long)live["userId"]!);   // live.js notifies only that member's dashboards
        Assert.Equal("Callback in a few minutes", (string?)live["title"]);
        Assert.Equal("Call Claire Martin back at 14:35.", (string?)live["body"]);
        Assert.Equal($"/requests/{requestId}#callbacks", (string?)live["link"]);

        await Pushes.DeliverDueAsync(default);
        var push = Assert.Single(await CallbackPushesAsync(device));
        Assert.Equal("callback", (string?)push["kind"]);
        Assert.Equal(requestId, (long)push["requestId"]!);
        Assert.Equal("Callback due", (string?)push["title"]);
        Assert.Equal("Claire Martin (Les Echos) — call back at 14:35 — New energy tariff", (string?)push["body"]);
        Assert.Equal(5, (int)push["minutesLeft"]!);

        // More passes, more deliveries: still one.
        await Reminders.RunPassAsync(default);
        await Pushes.DeliverDueAsync(default);
        Assert.Single(await CallbackPushesAsync(device));
        Assert.Single(await PushRowsAsync(), r => r.Kind.StartsWith("callback:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Only_the_member_who_calls_back_gets_the_push()
    {
        var owner = await SubscribeAsync();
        var eveId = await SeededTeam.AddMemberAsync(App, Client, "eve@pressdesk.test", "Eve Durand");
        var eve = await SubscribeAsync(await App.CreateSignedInClientAsync("eve@pressdesk.test", SeededTeam.Password), Service);
        var requestId = await LogAsync(Now.AddMinutes(-3));
        await Pushes.DeliverDueAsync(default);   // the new request's pushes
        var before = (await ArrivedAsync(owner)).Count;

        await ScheduleAsync(requestId, Now.AddMinutes(3), eveId);   // nearer than RemindBefore: reminded at once
        await Eventually.UntilAsync(async () => (await PushRowsAsync()).Any(r => r.Kind.StartsWith("callback:", StringComparison.Ordinal)), "the reminder was queued");
        await Pushes.DeliverDueAsync(default);

        Assert.Equal("callback", (string?)(await ArrivedAsync(eve))[^1]["kind"]);
        Assert.Equal(before, (await ArrivedAsync(owner)).Count);
    }

    [Fact]
    public async Task A_cancelled_or_done_callback_gets_no_reminder()
    {
        await SubscribeAsync();
        var requestId = await LogAsync(Now.AddMinutes(-3));
        var owner = await OwnerAsync();
        var cancelled = await ScheduleAsync(requestId, Now.AddMinutes(30), owner);
        var done = await ScheduleAsync(requestId, Now.AddMinutes(40), owner);
        await WorkerSleepsUntilAsync(Now.AddMinutes(25));
        await PressAsync(Client, requestId, cancelled, "cancel");
        await PressAsync(Client, requestId, done, "done");
        await WorkerSleepsUntilAsync(Now.Add(WakeLongest()));   // nothing left to remind

        Time.Advance(TimeSpan.FromHours(1));
        await Reminders.RunPassAsync(default);
        Assert.Null(await RemindedAtAsync(cancelled));
        Assert.Null(await RemindedAtAsync(done));
        Assert.DoesNotContain(await PushRowsAsync(), r => r.Kind.StartsWith("callback", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_reminder_queued_then_cancelled_before_sending_is_not_sent()
    {
        var device = await SubscribeAsync();
        var requestId = await LogAsync(Now.AddMinutes(-3));
        await Pushes.DeliverDueAsync(default);
        var callbackId = await ScheduleAsync(requestId, Now.AddMinutes(2), await OwnerAsync());
        await Eventually.UntilAsync(async () => await RemindedAtAsync(callbackId) is not null, "the reminder fired");
        await PressAsync(Client, requestId, callbackId, "cancel");

        await Pushes.DeliverDueAsync(default);
        Assert.DoesNotContain(await ArrivedAsync(device), p => (string?)p["kind"] == "callback");
        Assert.Equal("cancelled", (await PushRowsAsync()).Single(r => r.Kind.StartsWith("callback:", StringComparison.Ordinal)).State);
    }

    [Fact]
    public async Task A_rescheduled_second_callback_on_the_same_request_gets_its_own_reminder()
    {
        var device = await SubscribeAsync();
        var requestId = await LogAsync(Now.AddMinutes(-3));
        await Pushes.DeliverDueAsync(default);
        var owner = await OwnerAsync();
        var first = await ScheduleAsync(requestId, Now.AddMinutes(10), owner);
        Time.Advance(TimeSpan.FromMinutes(5));
        await Eventually.UntilAsync(async () => await RemindedAtAsync(first) is not null, "the first reminder fired");
        await Pushes.DeliverDueAsync(default);

        // The journalist asked for later: the first is cancelled and a second one promised.
        await PressAsync(Client, requestId, first, "cancel");
        var second = await ScheduleAsync(requestId, Now.AddMinutes(45), owner);
        await WorkerSleepsUntilAsync(Now.AddMinutes(40));
        Time.Advance(TimeSpan.FromMinutes(35));
        await Eventually.UntilAsync(async () => await RemindedAtAsync(second) is not null, "the second reminder fired");
        await Pushes.DeliverDueAsync(default);

        var reminders = (await ArrivedAsync(device)).Where(p => (string?)p["kind"] == "callback").Select(p => (string?)p["body"]).ToList();
        Assert.Equal(
            ["Claire Martin (Les Echos) — call back at 14:15 — New energy tariff", "Claire Martin (Les Echos) — call back at 14:50 — New energy tariff"],
            reminders);
    }

    private async Task<List<System.Text.Json.Nodes.JsonNode>> CallbackPushesAsync(TestSubscription device) =>
        (await ArrivedAsync(device)).Where(p => (string?)p["kind"] == "callback").ToList();

    private static TimeSpan WakeLongest() => PressDesk.Hosting.WakeSignal.LongestSleep;
}
