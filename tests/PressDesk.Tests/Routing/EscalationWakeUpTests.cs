using Microsoft.Extensions.DependencyInjection;
using PressDesk.Routing;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Routing;

// The worker sleeps until the next step falls due and is woken by what changes it; what it does
// reaches open dashboards at once.
public sealed class EscalationWakeUpTests(WebPushService service) : EscalationTest(service)
{
    [Fact]
    public async Task An_escalation_tells_open_dashboards_at_once()
    {
        var id = await LogEnergyRequestAsync();
        await using var dashboard = await OpenDashboard.OpenAsync(await SignInAsync("hugo"));
        Advance(TimeSpan.FromMinutes(5));

        await EscalateAsync();

        Assert.Equal("requests", (await dashboard.NextAsync()).Type);
        Assert.Equal(Team.Hugo, await Team.AssigneeAsync(id));
    }

    [Fact]
    public async Task Away_wakes_the_sleeping_worker()
    {
        var id = await LogEnergyRequestAsync();
        using var running = new CancellationTokenSource();
        await Escalation.StartAsync(running.Token);
        try
        {
            await Eventually.ValueAsync(() => Task.FromResult(Escalation.Signal.SleepingUntil), until => until == Tuesday10.AddMinutes(5),
                "the worker sleeps until Eve's five minutes are up");
            await App.Services.GetRequiredService<Away>().SetAsync(Team.Eve, Tuesday10.AddHours(1), null);
            await Eventually.ValueAsync(() => Team.AssigneeAsync(id), assignee => assignee == Team.Hugo, "Eve going away woke it");
        }
        finally
        {
            await Escalation.StopAsync(default);
        }
    }
}
