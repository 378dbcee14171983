using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PressDesk.Requests;
using PressDesk.Settings;
using PressDesk.Tests.Alerts;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Settings;

// Response target, warning time and deadline lead, changed on the page, apply at once: the alert
// worker reschedules on the fake clock, and a wrong value changes nothing.
public sealed class ResponseTimeSettingsTests : AlertTest
{
    private const string Target = "PressDesk:ResponseTime:Target";
    private const string WarnAfter = "PressDesk:ResponseTime:WarnAfter";
    private const string DeadlineLead = "PressDesk:ResponseTime:DeadlineLead";

    [Fact]
    public async Task A_new_target_reschedules_the_pending_alert_and_it_fires_at_the_new_time()
    {
        var id = await LogAsync(Now);
        Time.Advance(TimeSpan.FromMinutes(16));   // the warning (15 min) has fired; the breach is due at 30
        Assert.Equal(Now.AddMinutes(30), await PassAsync());

        var saved = await Client.SaveAsync(ManagedSettings.ResponseTimes, new Dictionary<string, string> { [Target] = "45" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        Assert.Equal(Now.AddMinutes(45), await PassAsync());   // rescheduled without a restart
        Time.Advance(TimeSpan.FromMinutes(14));                 // 30 min: the old target
        await PassAsync();
        Assert.DoesNotContain("breach", (await AlertsAsync()).Select(a => a.Kind));

        Time.Advance(TimeSpan.FromMinutes(15));                 // 45 min: the new target
        await PassAsync();
        var breach = Assert.Single(await AlertsAsync(), a => a.Kind == "breach");
        Assert.Equal(id, breach.RequestId);
        Assert.Equal(Now.AddMinutes(45).ToUnixTimeMilliseconds(), breach.DueAt);
    }

    [Fact]
    public async Task The_warning_time_and_the_deadline_lead_apply_at_once()
    {
        await LogAsync(Now, deadline: Now.AddHours(2));
        var saved = await Client.SaveAsync(ManagedSettings.ResponseTimes,
            new Dictionary<string, string> { [WarnAfter] = "5", [DeadlineLead] = "90" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        Assert.Equal(Now.AddMinutes(5), await PassAsync());
        Time.Advance(TimeSpan.FromMinutes(5));
        await PassAsync();
        Assert.Equal(["warning"], (await AlertsAsync()).Select(a => a.Kind));

        var options = App.Services.GetRequiredService<IOptionsMonitor<ResponseTimeOptions>>().CurrentValue;
        Assert.Equal(TimeSpan.FromMinutes(90), options.DeadlineLead);
        Assert.Equal(Now.AddMinutes(30), await PassAsync());   // the breach, and the deadline alert (2 h − 90 min)
        Time.Advance(TimeSpan.FromMinutes(25));
        await PassAsync();
        Assert.Equal(["warning", "breach", "deadline"], (await AlertsAsync()).Select(a => a.Kind));
    }

    [Theory]
    [InlineData(WarnAfter, "40", "must be shorter than")]     // the start-up rule: WarnAfter < Target
    [InlineData(Target, "0", "must be a positive time span")] // the start-up rule: Target > 0
    [InlineData(Target, "soon", "whole number of minutes")]   // not a number at all
    public async Task A_wrong_value_changes_nothing_and_says_why_beside_the_field(string key, string value, string message)
    {
        await LogAsync(Now);
        var response = await Client.SaveAsync(ManagedSettings.ResponseTimes,
            new Dictionary<string, string> { [key] = value, [DeadlineLead] = "20" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Forms.ParseAsync(response);
        Assert.Contains(message, page.ErrorFor(key));
        Assert.Equal(value, page.ShownValue(key));   // what was typed stays, to be corrected
        Assert.Equal(0, await App.Database.ScalarAsync<long>("SELECT count(*) FROM settings"));
        Assert.Equal(0, await App.Database.ScalarAsync<long>("SELECT count(*) FROM setting_changes"));
        var options = App.Services.GetRequiredService<IOptionsMonitor<ResponseTimeOptions>>().CurrentValue;
        Assert.Equal((TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(30)),
            (options.Target, options.WarnAfter, options.DeadlineLead));   // the other field of the form is not saved either
        Assert.Equal(Now.AddMinutes(15), await PassAsync());
    }

    [Fact]
    public async Task Each_change_is_listed_with_who_when_and_before_and_after()
    {
        await Client.SaveAsync(ManagedSettings.ResponseTimes, new Dictionary<string, string> { [Target] = "45" });
        Time.Advance(TimeSpan.FromMinutes(3));
        await Client.SaveAsync(ManagedSettings.ResponseTimes, new Dictionary<string, string> { [Target] = "20", [WarnAfter] = "10" });
        Time.Advance(TimeSpan.FromMinutes(3));
        await Client.SaveAsync(ManagedSettings.ResponseTimes, new Dictionary<string, string> { [Target] = "" });   // back to the default

        var rows = (await Client.GetPageAsync(SettingsPage.Url)).QuerySelectorAll("table tbody tr")
            .Select(r => string.Join(" | ", r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()))).ToList();
        Assert.Equal(
        [
            $"Sat 28 Nov 2026, 14:11 | {PressDeskApp.OwnerEmail} | Response target (minutes) {Target} | 00:20:00 | default",
            $"Sat 28 Nov 2026, 14:08 | {PressDeskApp.OwnerEmail} | Response target (minutes) {Target} | 00:45:00 | 00:20:00",
            $"Sat 28 Nov 2026, 14:08 | {PressDeskApp.OwnerEmail} | Warning after (minutes) {WarnAfter} | default | 00:10:00",
            $"Sat 28 Nov 2026, 14:05 | {PressDeskApp.OwnerEmail} | Response target (minutes) {Target} | default | 00:45:00",
        ], rows);
        Assert.Equal(TimeSpan.FromMinutes(30), App.Services.GetRequiredService<IOptionsMonitor<ResponseTimeOptions>>().CurrentValue.Target);
    }

    [Fact]
    public async Task Saved_settings_survive_a_restart()
    {
        await Client.SaveAsync(ManagedSettings.ResponseTimes, new Dictionary<string, string> { [Target] = "50" });

        await using var restarted = await App.RestartAsync();
        restarted.CreateClient();
        Assert.Equal(TimeSpan.FromMinutes(50), restarted.Services.GetRequiredService<IOptionsMonitor<ResponseTimeOptions>>().CurrentValue.Target);
    }
}
