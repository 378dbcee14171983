using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PressDesk.Alerts;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Alerts;

public class AlertRestartTests
{
    private static readonly DateTimeOffset Start = PressDeskApp.DefaultStart;

    [Fact]
    public async Task An_alert_due_while_stopped_fires_once_at_the_next_start_marked_late()
    {
        var app = new PressDeskApp(time: new FakeTimeProvider(Start));
        try
        {
            await app.CreateApiClient().PostJsonAsync("/api/requests", ApiClient.Claire(Start.AddMinutes(-5)));

            // PressDesk was down from 14:05 to 14:25; the warning came due at 14:15.
            for (var restart = 0; restart < 3; restart++)
            {
                app = await app.RestartAsync(new FakeTimeProvider(Start.AddMinutes(20 + restart)));
                app.CreateClient();   // starts the host, and with it the alert worker
                await Eventually.ValueAsync(() => AlertsAsync(app), alerts => alerts.Count == 1, "the alert fired once");
                await app.Services.GetRequiredService<AlertWorker>().RunPassAsync(default);   // one more pass for good measure
            }

            var alert = Assert.Single(await AlertsAsync(app));
            Assert.Equal(("warning", true), (alert.Kind, alert.Late));
            Assert.Equal(Start.AddMinutes(10).ToUnixTimeMilliseconds(), alert.DueAt);
            Assert.Equal(Start.AddMinutes(20).ToUnixTimeMilliseconds(), alert.FiredAt);
        }
        finally
        {
            await app.DisposeAsync();
        }
    }

    [Fact]
    public async Task The_running_worker_sleeps_until_the_due_time_on_the_injected_clock_and_fires_then()
    {
        var time = new FakeTimeProvider(Start);
        await using var app = new PressDeskApp(time: time);
        await app.CreateApiClient().PostJsonAsync("/api/requests", ApiClient.Claire(Start));
        var worker = app.Services.GetRequiredService<AlertWorker>();

        // Creating the request woke the worker; it now sleeps exactly until the warning is due.
        await Eventually.ValueAsync(() => Task.FromResult(worker.Signal.SleepingUntil), until => until == Start.AddMinutes(15), "the worker sleeps until the warning");
        time.Advance(TimeSpan.FromMinutes(15));

        var alerts = await Eventually.ValueAsync(() => AlertsAsync(app), a => a.Count == 1, "the alert fired once");
        Assert.Equal(alerts[0].DueAt, alerts[0].FiredAt);
    }

    private static Task<List<(string Kind, bool Late, long DueAt, long FiredAt)>> AlertsAsync(PressDeskApp app) =>
        app.Database.QueryAsync<(string Kind, bool Late, long DueAt, long FiredAt)>("SELECT kind, late, due_at, fired_at FROM alerts");
}
