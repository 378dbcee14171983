using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PressDesk.Alerts;
using PressDesk.Requests;
using PressDesk.Settings;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Settings;

// A value the server's configuration sets (here the test's own settings, added like environment
// variables after appsettings.json) wins over the page, is shown read-only and cannot be posted.
public sealed class PrecedenceAndAccessTests() : AppTest(new Dictionary<string, string?>
{
    ["PressDesk:ResponseTime:Target"] = "01:00:00",
})
{
    private const string Target = "PressDesk:ResponseTime:Target";

    [Fact]
    public async Task A_server_value_shows_read_only_and_wins_over_a_posted_value()
    {
        var page = await Client.GetPageAsync(SettingsPage.Url);
        var target = page.QuerySelector($"#{SettingsPage.Field(Target)}")!;
        Assert.True(target.HasAttribute("readonly"));
        Assert.Null(target.GetAttribute("name"));   // not part of the form
        Assert.Equal("60", target.GetAttribute("value"));
        Assert.Contains("Set by the server's configuration", page.Text($"#{SettingsPage.Field(Target)}-source"));
        // the test's PressDesk:TimeZone is server configuration too
        Assert.True(page.QuerySelector($"#{SettingsPage.Field("PressDesk:TimeZone")}")!.HasAttribute("readonly"));

        // A post that names the key anyway (a stale page, a hand-made request) does not store it.
        var response = await Client.PostFormAsync($"{SettingsPage.Url}?handler=Save&group={Uri.EscapeDataString(ManagedSettings.ResponseTimes)}",
            page, new Dictionary<string, string> { [$"Values[{SettingsPage.Field(Target)}]"] = "10" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(0, await App.Database.ScalarAsync<long>("SELECT count(*) FROM settings WHERE key = @Target", new { Target }));
        Assert.Equal(TimeSpan.FromHours(1), App.Services.GetRequiredService<IOptionsMonitor<ResponseTimeOptions>>().CurrentValue.Target);
    }

    [Fact]
    public async Task A_stored_value_under_a_server_value_does_not_apply()
    {
        // As if the owner had saved it before the server's configuration set the key.
        await App.Database.ExecuteAsync("INSERT INTO settings (key, value, sealed, updated_at) VALUES (@Target, '00:05:00', 0, 0)", new { Target });
        await App.Services.GetRequiredService<SettingsStore>().ReloadAsync();

        Assert.Equal(TimeSpan.FromHours(1), App.Services.GetRequiredService<IOptionsMonitor<ResponseTimeOptions>>().CurrentValue.Target);
    }

    [Fact]
    public async Task Quiet_hours_set_on_the_page_apply_to_the_next_alert()
    {
        var response = await Client.SaveAsync(ManagedSettings.TimeAndQuiet, new Dictionary<string, string>
        {
            ["PressDesk:Alerts:QuietHours:Start"] = "14:00",
            ["PressDesk:Alerts:QuietHours:End"] = "15:30",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var options = App.Services.GetRequiredService<IOptionsMonitor<AlertOptions>>().CurrentValue;
        var deliverAt = QuietHours.DeliverAt(options.QuietHours, App.Services.GetRequiredService<PressDesk.Hosting.DisplayTime>(), Now);
        // The fake clock stands at 14:05 UTC, inside the quiet hours: held until they end that day.
        Assert.Equal(new DateTimeOffset(Now.UtcDateTime.Date.AddHours(15).AddMinutes(30), TimeSpan.Zero), deliverAt);
    }

    [Fact]
    public async Task Quiet_hours_need_both_ends()
    {
        var response = await Client.SaveAsync(ManagedSettings.TimeAndQuiet,
            new Dictionary<string, string> { ["PressDesk:Alerts:QuietHours:Start"] = "22:00" });

        var page = await Forms.ParseAsync(response);
        Assert.Contains("needs both Start and End", page.ErrorFor("PressDesk:Alerts:QuietHours:Start"));
        Assert.Equal(0, await App.Database.ScalarAsync<long>("SELECT count(*) FROM settings"));
    }

    [Fact]
    public async Task A_member_gets_403_on_the_page_and_its_posts()
    {
        var team = await Client.GetPageAsync("/team");
        await Client.PostFormAsync("/team", team, new Dictionary<string, string>
        {
            ["Email"] = "member@pressdesk.test", ["Password"] = "orchard tide lantern 24",
        }, "Add");
        var member = await App.CreateSignedInClientAsync("member@pressdesk.test", "orchard tide lantern 24");
        var dashboard = await member.GetPageAsync("/");

        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync(SettingsPage.Url)).StatusCode);
        var post = await member.PostFormAsync($"{SettingsPage.Url}?handler=Save&group={Uri.EscapeDataString(ManagedSettings.TimeAndQuiet)}",
            dashboard, new Dictionary<string, string> { [$"Values[{SettingsPage.Field("PressDesk:Alerts:QuietHours:Start")}]"] = "01:00" });
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(0, await App.Database.ScalarAsync<long>("SELECT count(*) FROM settings"));
    }

    [Fact]
    public async Task Signed_out_visitors_are_sent_to_sign_in()
    {
        var anonymous = App.CreateClient(new() { AllowAutoRedirect = false });
        var response = await anonymous.GetAsync(SettingsPage.Url);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/signin", response.Headers.Location!.PathAndQuery);
    }
}
