using Dapper;
using Microsoft.Data.Sqlite;
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
        var directory = PressDeskApp.NewDataDirectory();
        try
        {
            await using (var before = new PressDeskApp(directory, new FakeTimeProvider(Start)))
                await before.CreateApiClient().PostJsonAsync("/api/requests", ApiClient.Claire(Start.AddMinutes(-5)));

            // PressDesk was down from 14:05 to 14:25; the warning came due at 14:15.
            for (var restart = 0; restart < 3; restart++)
            {
                await using var after = new PressDeskApp(directory, new FakeTimeProvider(Start.AddMinutes(20 + restart)));
                after.CreateClient();   // starts the host, and with it the alert worker
                await Eventually.ValueAsync(() => AlertsAsync(directory), alerts => alerts.Count == 1, "the alert fired once");
                await after.Services.GetRequiredService<AlertWorker>().RunPassAsync(default);   // one more pass for good measure
            }

            var alert = Assert.Single(await AlertsAsync(directory));
            Assert.Equal(("warning", true), (alert.Kind, alert.Late));
            Assert.Equal(Start.AddMinutes(10).ToUnixTimeMilliseconds(), alert.DueAt);
            Assert.Equal(Start.AddMinutes(20).ToUnixTimeMilliseconds(), alert.FiredAt);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            PressDeskApp.DeleteQuietly(directory);
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

        var alerts = await Eventually.ValueAsync(() => AlertsAsync(app.DataDirectory), a => a.Count == 1, "the alert fired once");
        Assert.Equal(alerts[0].DueAt, alerts[0].FiredAt);
    }

    private static async Task<List<(string Kind, bool Late, long DueAt, long FiredAt)>> AlertsAsync(string directory)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(directory, "pressdesk.db")}");
        return (await connection.QueryAsync<(string, bool, long, long)>("SELECT kind, late, due_at, fired_at FROM alerts")).ToList();
    }
}
