using System.Net;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Callbacks;

// The dashboard's "Callbacks": today's and the next scheduled callbacks, soonest first, with what a
// journalist typed encoded, refreshed through the live "requests" event.
public sealed class UpcomingCallbacksTests : AppTest
{
    private const string Hostile = "<script>alert('x')</script> & <img src=x onerror=alert(1)>";

    private async Task<long> LogAsync(string journalist, string outlet)
    {
        var response = await Api.PostJsonAsync("/api/requests", new
        {
            journalist = new { name = journalist, outlet, phone = "+33 1 23 45 67 89" },
            topic = "Grid <b>outage</b>", question = "", channel = "phone", receivedAt = Now.AddMinutes(-2),
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (long)(await response.JsonAsync())["id"]!;
    }

    private async Task<long> ScheduleAsync(long requestId, DateTimeOffset at)
    {
        var response = await Api.PostJsonAsync($"/api/requests/{requestId}/callbacks", new { at });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (long)(await response.JsonAsync())["id"]!;
    }

    [Fact]
    public async Task The_dashboard_lists_upcoming_callbacks_soonest_first_with_hostile_names_encoded()
    {
        var hostile = await LogAsync(Hostile, "<i>Le Monde</i>");
        var plain = await LogAsync("Claire Martin", "Les Echos");
        var tomorrow = await ScheduleAsync(plain, Now.AddDays(1));
        var today = await ScheduleAsync(hostile, Now.AddHours(1));
        var cancelled = await ScheduleAsync(plain, Now.AddMinutes(30));
        await CallbackSteps.PressAsync(Client, plain, cancelled, "cancel");

        var response = await Client.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>alert('x')", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<i>Le Monde</i>", html, StringComparison.Ordinal);

        var dashboard = await Forms.ParseAsync(new HttpResponseMessage { Content = new StringContent(html) });
        var items = dashboard.QuerySelectorAll("#upcoming-callbacks li").ToList();
        Assert.Equal([today, tomorrow], items.Select(i => long.Parse(i.GetAttribute("data-callback-id")!, System.Globalization.CultureInfo.InvariantCulture)));
        var first = items[0];
        Assert.Equal($"15:05 · {Hostile} · <i>Le Monde</i>", Squeeze(first.QuerySelector(".topic")!.TextContent));
        Assert.Equal("owner@pressdesk.test calls back · Grid <b>outage</b>", Squeeze(first.QuerySelector(".who")!.TextContent));
        Assert.Equal($"/requests/{hostile}#callbacks", first.QuerySelector("a.card-link")!.GetAttribute("href"));
        Assert.Null(first.QuerySelector("script, img, i, b"));
        Assert.Contains("Sun 29 Nov 2026, 14:05", items[1].TextContent);   // not today: with its date

        // Once its time passed without being done, today's stays, marked.
        Time.Advance(TimeSpan.FromMinutes(70));
        var client = await App.CreateSignedInClientAsync();
        var later = await client.GetPageAsync("/?handler=Live");   // what live.js swaps in
        var overdue = later.QuerySelector($"#upcoming-callbacks li[data-callback-id='{today}']")!;
        Assert.Equal("Overdue", overdue.GetAttribute("data-state"));
        Assert.Equal("not done yet", overdue.QuerySelector(".late")!.TextContent);
    }

    [Fact]
    public async Task Scheduling_or_ending_a_callback_refreshes_open_dashboards()
    {
        var id = await LogAsync("Claire Martin", "Les Echos");
        await using var dashboard = await OpenDashboard.OpenAsync(Client);
        var callback = await ScheduleAsync(id, Now.AddHours(1));
        Assert.True(await dashboard.ReceivesAsync("requests", TimeSpan.FromSeconds(5)));
        var live = await Client.GetPageAsync("/?handler=Live");
        Assert.NotNull(live.QuerySelector($"#upcoming-callbacks li[data-callback-id='{callback}']"));

        await CallbackSteps.PressAsync(Client, id, callback, "done");
        Assert.True(await dashboard.ReceivesAsync("requests", TimeSpan.FromSeconds(5)));
        Assert.Null((await Client.GetPageAsync("/?handler=Live")).QuerySelector("#upcoming-callbacks"));
    }

    [Fact]
    public async Task With_nothing_scheduled_the_dashboard_shows_no_callbacks_section()
    {
        await LogAsync("Claire Martin", "Les Echos");
        Assert.Null((await Client.GetPageAsync("/")).QuerySelector("#upcoming-callbacks"));
    }

    private static string Squeeze(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
