using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PressDesk.Data;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Alerts;

public class AlertSchedulingTests : AlertTest
{
    private static readonly TimeSpan Tick = TimeSpan.FromTicks(TimeSpan.TicksPerMillisecond);   // storage is in milliseconds

    [Fact]
    public async Task The_warning_fires_at_warn_after_and_not_one_tick_before()
    {
        await LogAsync(Now);
        Assert.Equal(Now.AddMinutes(15), await PassAsync());   // the worker would sleep exactly until then

        Time.Advance(TimeSpan.FromMinutes(15) - Tick);
        await PassAsync();
        Assert.Empty(await AlertsAsync());

        Time.Advance(Tick);
        await PassAsync();
        var warning = Assert.Single(await AlertsAsync());
        Assert.Equal("warning", warning.Kind);
        Assert.Equal(Now.AddMinutes(15).ToUnixMs(), warning.DueAt);
        Assert.Equal(warning.DueAt, warning.FiredAt);
        Assert.False(warning.Late);
    }

    [Fact]
    public async Task The_breach_fires_at_target()
    {
        await LogAsync(Now);
        Time.Advance(TimeSpan.FromMinutes(15));
        Assert.Equal(Now.AddMinutes(30), await PassAsync());

        Time.Advance(TimeSpan.FromMinutes(15) - Tick);
        await PassAsync();
        Assert.Equal(["warning"], (await AlertsAsync()).Select(a => a.Kind));

        Time.Advance(Tick);
        await PassAsync();
        Assert.Equal(["warning", "breach"], (await AlertsAsync()).Select(a => a.Kind));
    }

    [Fact]
    public async Task The_deadline_alert_fires_deadline_lead_before_the_deadline()
    {
        await LogAsync(Now.AddMinutes(-40), deadline: Now.AddHours(2));   // warning and breach are past
        await PassAsync();
        Assert.Equal(["breach"], (await AlertsAsync()).Select(a => a.Kind));   // the stale warning is skipped
        Assert.Equal(Now.AddMinutes(90), await PassAsync());

        Time.Advance(TimeSpan.FromMinutes(90) - Tick);
        await PassAsync();
        Assert.DoesNotContain("deadline", (await AlertsAsync()).Select(a => a.Kind));

        Time.Advance(Tick);
        await PassAsync();
        var deadline = (await AlertsAsync()).Single(a => a.Kind == "deadline");
        Assert.Equal(Now.AddMinutes(90).ToUnixMs(), deadline.DueAt);
    }

    [Fact]
    public async Task Responding_before_the_warning_means_no_alert_at_all()
    {
        var id = await LogAsync(Now, deadline: Now.AddHours(1));
        Time.Advance(TimeSpan.FromMinutes(10));
        await Api.PostJsonAsync($"/api/requests/{id}/response", new { });

        Assert.Null(await PassAsync());   // nothing left to wait for
        Time.Advance(TimeSpan.FromHours(3));
        await PassAsync();

        Assert.Empty(await AlertsAsync());
    }

    [Fact]
    public async Task Responding_after_the_warning_cancels_the_breach()
    {
        var id = await LogAsync(Now);
        Time.Advance(TimeSpan.FromMinutes(20));
        await PassAsync();
        await Api.PostJsonAsync($"/api/requests/{id}/response", new { });

        Time.Advance(TimeSpan.FromHours(1));
        await PassAsync();

        Assert.Equal(["warning"], (await AlertsAsync()).Select(a => a.Kind));
    }

    [Fact]
    public async Task Changing_the_target_reschedules()
    {
        await LogAsync(Now);
        Time.Advance(TimeSpan.FromMinutes(16));
        Assert.Equal(Now.AddMinutes(30), await PassAsync());

        var configuration = (IConfigurationRoot)App.Services.GetRequiredService<IConfiguration>();
        configuration["PressDesk:ResponseTime:Target"] = "00:45:00";
        configuration.Reload();   // as after an edit of a reloadable source

        Assert.Equal(Now.AddMinutes(45), await PassAsync());
        Time.Advance(TimeSpan.FromMinutes(14));   // 14:35: the old target, not the new one
        await PassAsync();
        Assert.DoesNotContain("breach", (await AlertsAsync()).Select(a => a.Kind));
    }

    [Fact]
    public async Task The_deadline_passing_unanswered_marks_the_request_missed()
    {
        var id = await LogAsync(Now, deadline: Now.AddHours(1));
        Time.Advance(TimeSpan.FromHours(1) - Tick);
        await PassAsync();
        Assert.Equal("New", await StatusAsync(id));

        Time.Advance(Tick);
        Assert.Null(await PassAsync());
        Assert.Equal("Missed", await StatusAsync(id));

        var answered = await (await Api.PostJsonAsync($"/api/requests/{id}/response", new { })).JsonAsync();
        Assert.Equal("Responded", (string?)answered["status"]);   // a missed request can still be answered late
    }

    [Fact]
    public async Task Many_passes_fire_each_alert_once()
    {
        await LogAsync(Now.AddMinutes(-20), deadline: Now.AddMinutes(10));

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => PassAsync()));
        await PassAsync();

        Assert.Equal(["warning", "deadline"], (await AlertsAsync()).Select(a => a.Kind).Order(StringComparer.Ordinal).Reverse());
    }

    private async Task<string?> StatusAsync(long id) =>
        (string?)(await (await Api.GetAsync($"/api/requests/{id}")).JsonAsync())["status"];
}
