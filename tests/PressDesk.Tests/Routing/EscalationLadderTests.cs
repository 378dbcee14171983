using PressDesk.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using PressDesk.Push;
using PressDesk.Routing;

namespace PressDesk.Tests.Routing;

// Issue 21's escalation scenario on the fake clock: a request nobody says "I'm on it" to moves on
// to the next available member after AcknowledgeWithin, then to the press officer, and stops there.
public sealed class EscalationLadderTests(WebPushService service) : EscalationTest(service)
{
    [Fact]
    public async Task Not_acknowledged_in_five_minutes_it_goes_to_the_next_member_then_to_the_press_officer()
    {
        var eve = await DeviceOfAsync("eve");
        var hugo = await DeviceOfAsync("hugo");
        var id = await LogEnergyRequestAsync();
        Assert.Equal(Tuesday10.AddMinutes(5), await EscalateAsync());   // sleeps exactly until it falls due

        Advance(TimeSpan.FromMinutes(5) - TimeSpan.FromSeconds(1));
        await EscalateAsync();
        Assert.Equal(Team.Eve, await Team.AssigneeAsync(id));

        Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(Tuesday10.AddMinutes(10), await EscalateAsync());   // Hugo's own five minutes
        Assert.Equal(Team.Hugo, await Team.AssigneeAsync(id));
        Assert.Equal(Tuesday10.AddMinutes(5).ToUnixTimeMilliseconds(),
            await App.Database.ScalarAsync<long>("SELECT assigned_at FROM requests WHERE id = @id", new { id }));
        await Pushes.DeliverDueAsync(default);
        await EscalateAsync();
        await Pushes.DeliverDueAsync(default);

        var pushed = Assert.Single(await ArrivedOfKindAsync(hugo, PushKinds.Escalation));
        Assert.Equal(id, (long)pushed["requestId"]!);
        Assert.Equal("Passed on to you", (string?)pushed["title"]);
        Assert.Empty(await ArrivedOfKindAsync(eve, PushKinds.Escalation));

        Advance(TimeSpan.FromMinutes(5));
        await EscalateAsync();
        Assert.Equal(Team.Oscar, await Team.AssigneeAsync(id));
        Assert.Equal(
            [(Team.Eve, "routed", "Énergie"), (Team.Hugo, "escalated", "unacknowledged"), (Team.Oscar, "escalated", "unacknowledged")],
            (await StepsAsync(id)).Select(s => (s.UserId!.Value, s.Event, s.Reason)));

        var history = await App.Services.GetRequiredService<AssignmentHistory>().ForAsync(id);
        Assert.Equal(["Eve Durand", "Hugo Petit", "Oscar Leroy"], history.Select(h => h.UserName));
        Assert.All(history.Skip(1), h => Assert.Null(h.ByUserId));
        Assert.Equal(Tuesday10.AddMinutes(10), history[2].At);

        // Every step is on the request page, in words.
        var page = (await (await SignInAsync("hugo")).GetPageAsync($"/requests/{id}")).QuerySelector(".assignment-history")!.TextContent;
        Assert.Contains("Routed to Eve Durand for Énergie.", page, StringComparison.Ordinal);
        Assert.Contains("Escalated to Hugo Petit: nobody said they were on it in time.", page, StringComparison.Ordinal);
        Assert.Contains("Escalated to Oscar Leroy: nobody said they were on it in time.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Acknowledging_in_time_stops_it()
    {
        var hugo = await DeviceOfAsync("hugo");
        var id = await LogEnergyRequestAsync();
        Advance(TimeSpan.FromMinutes(4));
        Assert.Equal(AssignOutcome.Done, await App.Services.GetRequiredService<AssignRequest>().AcknowledgeAsync(id, Team.Eve));

        // Next due is only its warning, at 15 minutes: the five minutes no longer count.
        Assert.Equal(Tuesday10.AddMinutes(15), await EscalateAsync());
        Advance(TimeSpan.FromMinutes(6));
        await EscalateAsync();
        await Pushes.DeliverDueAsync(default);

        Assert.Equal(Team.Eve, await Team.AssigneeAsync(id));
        Assert.DoesNotContain(await StepsAsync(id), s => s.Event == "escalated");
        Assert.Empty(await ArrivedOfKindAsync(hugo, PushKinds.Escalation));
        Assert.DoesNotContain(await PushRowsAsync(), r => r.Kind == PushKinds.Escalation);
    }

    [Fact]
    public async Task An_away_assignee_is_escalated_at_once()
    {
        var id = await LogEnergyRequestAsync();
        Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(AwayOutcome.Done, await App.Services.GetRequiredService<Away>().SetAsync(Team.Eve, Time.GetUtcNow().AddHours(1), "dentist"));

        await EscalateAsync();

        Assert.Equal(Team.Hugo, await Team.AssigneeAsync(id));
        Assert.Equal((Team.Hugo, "escalated", "away"), (await StepsAsync(id)).Select(s => (s.UserId!.Value, s.Event, s.Reason)).Last());
    }

    [Fact]
    public async Task Reaching_the_warning_escalates_once_even_when_acknowledged()
    {
        var id = await LogEnergyRequestAsync();
        var assign = App.Services.GetRequiredService<AssignRequest>();
        await assign.AcknowledgeAsync(id, Team.Eve);

        Advance(TimeSpan.FromMinutes(15));
        await EscalateAsync();
        Assert.Equal(Team.Hugo, await Team.AssigneeAsync(id));
        await assign.AcknowledgeAsync(id, Team.Hugo);

        Advance(TimeSpan.FromMinutes(20));
        await EscalateAsync();
        Assert.Equal(Team.Hugo, await Team.AssigneeAsync(id));
        Assert.Equal([(Team.Hugo, "warning")],
            (await StepsAsync(id)).Where(s => s.Event == "escalated").Select(s => (s.UserId!.Value, s.Reason)));
    }

    [Fact]
    public async Task The_press_officer_is_never_escalated_past()
    {
        Time.SetUtcNow(SeededTeam.Paris(2026, 12, 1, 20));   // nobody's hours: the press officer has it
        var id = await LogAsync(Time.GetUtcNow());
        Assert.Equal(Team.Oscar, await Team.AssigneeAsync(id));
        await Team.SetAwayAsync(Team.Oscar, Time.GetUtcNow().AddHours(2));

        foreach (var _ in Enumerable.Range(0, 4))
        {
            Assert.Null(await EscalateAsync());   // nothing is ever due for the press officer
            Advance(TimeSpan.FromMinutes(10));
        }

        Assert.Equal(Team.Oscar, await Team.AssigneeAsync(id));
        Assert.Equal([("fallback", (string?)null)], (await StepsAsync(id)).Select(s => (s.Event, s.Reason)));
    }

    [Fact]
    public async Task A_request_routed_to_the_press_officer_for_their_areas_climbs_the_ladder_like_anyones()
    {
        // The owner had every area before there was a team, and is the press officer by default:
        // here Oscar covers energy too and is the only one free when it arrives.
        var energy = await App.Database.ScalarAsync<long>("SELECT id FROM focus_areas WHERE name = 'Énergie'");
        await SeededTeam.CoverAsync(App, Team.Oscar, energy);
        await Team.SetAwayAsync(Team.Eve, Tuesday10.AddMinutes(3));
        await Team.SetAwayAsync(Team.Hugo, Tuesday10.AddHours(2));
        var id = await LogAsync(Time.GetUtcNow());
        Assert.Equal(Team.Oscar, await Team.AssigneeAsync(id));

        Assert.Equal(Tuesday10.AddMinutes(5), await EscalateAsync());   // due like anyone's
        Advance(TimeSpan.FromMinutes(5));
        await EscalateAsync();
        Assert.Equal(Team.Eve, await Team.AssigneeAsync(id));   // back from her meeting, not asked yet
        Assert.Equal(
            [(Team.Oscar, "routed", "Énergie"), (Team.Eve, "escalated", "unacknowledged")],
            (await StepsAsync(id)).Select(s => (s.UserId!.Value, s.Event, s.Reason)));

        // Eve does not answer either: back to the press officer, and there it stops.
        Advance(TimeSpan.FromMinutes(5));
        await EscalateAsync();
        Assert.Equal(Team.Oscar, await Team.AssigneeAsync(id));
        Advance(TimeSpan.FromMinutes(30));
        await EscalateAsync();
        Assert.Equal(3, (await StepsAsync(id)).Count);
    }

    [Fact]
    public async Task With_nobody_left_to_ask_it_goes_to_the_press_officer_and_stops()
    {
        var id = await LogEnergyRequestAsync();
        await Team.SetAwayAsync(Team.Hugo, Tuesday10.AddHours(3));   // the next member is away: skipped
        Advance(TimeSpan.FromMinutes(5));
        await EscalateAsync();
        Assert.Equal(Team.Oscar, await Team.AssigneeAsync(id));
        Advance(TimeSpan.FromMinutes(30));
        await EscalateAsync();
        Assert.Equal(Team.Oscar, await Team.AssigneeAsync(id));
        Assert.Single(await StepsAsync(id), s => s.Event == "escalated");
    }

    [Fact]
    public async Task An_I_am_on_it_between_the_pass_finding_it_due_and_moving_it_wins()
    {
        var id = await LogEnergyRequestAsync();
        Advance(TimeSpan.FromMinutes(5));
        var clock = new EscalationClock(Time.GetUtcNow(), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(15), Team.Oscar);
        Assert.Equal([id], await App.Services.GetRequiredService<EscalationStore>().DueAsync(clock));

        // The pass found it due; "I'm on it" commits before the pass's own transaction re-reads the request.
        await App.Services.GetRequiredService<AssignRequest>().AcknowledgeAsync(id, Team.Eve);

        Assert.False(await Escalation.EscalateAsync(id, default));
        Assert.Equal(Team.Eve, await Team.AssigneeAsync(id));
        Assert.DoesNotContain(await StepsAsync(id), s => s.Event == "escalated");
        Assert.DoesNotContain(await PushRowsAsync(), r => r.Kind == PushKinds.Escalation);
    }

    [Fact]
    public async Task Escalating_pauses_neither_the_response_target_nor_the_journalists_deadline()
    {
        var id = await LogAsync(Tuesday10, deadline: Tuesday10.AddMinutes(50));
        Advance(TimeSpan.FromMinutes(5));
        await EscalateAsync();
        Advance(TimeSpan.FromMinutes(5));
        await EscalateAsync();
        Assert.Equal(Team.Oscar, await Team.AssigneeAsync(id));

        Advance(TimeSpan.FromMinutes(25));   // 10:35: past the target (10:30) and the deadline alert (10:50 less 30 min)
        await PassAsync();
        Assert.Equal(
            [("breach", Tuesday10.AddMinutes(30).ToUnixTimeMilliseconds()), ("deadline", Tuesday10.AddMinutes(20).ToUnixTimeMilliseconds())],
            (await AlertsAsync()).Where(a => a.RequestId == id).Select(a => (a.Kind, a.DueAt)).OrderBy(a => a.Kind));
    }
}
