using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PressDesk.Requests;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Requests;

public class MissedDeadlineWorkerTests : AppTest
{
    private MissedDeadlineWorker Worker =>
        App.Services.GetServices<IHostedService>().OfType<MissedDeadlineWorker>().Single();

    private async Task<string?> StatusAsync(long id) =>
        (string?)(await (await Api.GetAsync($"/api/requests/{id}")).JsonAsync())["status"];

    private async Task<long> LogAsync(DateTimeOffset? deadline) =>
        (long)(await (await Api.PostJsonAsync("/api/requests", ApiClient.Claire(Now, deadline))).JsonAsync())["id"]!;

    [Fact]
    public async Task A_pass_marks_missed_exactly_at_the_deadline_and_not_a_tick_before()
    {
        var id = await LogAsync(Now.AddHours(1));

        Time.Advance(TimeSpan.FromHours(1) - TimeSpan.FromTicks(1));
        Assert.Equal(Now.AddHours(1), await Worker.RunPassAsync(default));
        Assert.Equal("New", await StatusAsync(id));

        Time.Advance(TimeSpan.FromTicks(1));
        Assert.Null(await Worker.RunPassAsync(default));
        Assert.Equal("Missed", await StatusAsync(id));
    }

    [Fact]
    public async Task An_answered_request_is_never_missed()
    {
        var id = await LogAsync(Now.AddHours(1));
        await Api.PostJsonAsync($"/api/requests/{id}/response", new { });

        Time.Advance(TimeSpan.FromHours(2));
        await Worker.RunPassAsync(default);

        Assert.Equal("Responded", await StatusAsync(id));
    }

    [Fact]
    public async Task The_running_worker_wakes_at_the_deadline_on_the_injected_clock()
    {
        var id = await LogAsync(Now.AddMinutes(45));

        Time.Advance(TimeSpan.FromMinutes(45));

        // The worker runs on its own thread: wait for its pass to land, bounded, without advancing time.
        for (var i = 0; i < 100 && await StatusAsync(id) != "Missed"; i++) await Task.Delay(50);
        Assert.Equal("Missed", await StatusAsync(id));
    }

    [Fact]
    public async Task A_missed_request_can_still_be_answered_late()
    {
        var id = await LogAsync(Now.AddMinutes(20));
        Time.Advance(TimeSpan.FromMinutes(30));
        await Worker.RunPassAsync(default);

        var answered = await (await Api.PostJsonAsync($"/api/requests/{id}/response", new { })).JsonAsync();

        Assert.Equal("Responded", (string?)answered["status"]);
        Assert.Equal("met", (string?)answered["clock"]);
    }
}
