using AngleSharp.Dom;
using System.Net;
using Microsoft.Extensions.Time.Testing;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Calendar;

// A feed's token is its only key, so it may not reach the log at the levels PressDesk ships with
// (ASP.NET Core's hosting diagnostics write each request's path at Information; the root
// appsettings.json keeps Microsoft.AspNetCore at Warning). As Push/EndpointLoggingTests does for
// push endpoints: every line the app logs at its configured levels is kept and searched.
public sealed class FeedLoggingTests
{
    [Fact]
    public async Task Neither_a_feed_token_nor_its_path_is_logged_when_it_is_made_served_refused_or_replaced()
    {
        var time = new FakeTimeProvider(PressDeskApp.DefaultStart);
        await using var app = new LoggedApp(time);
        var owner = await app.CreateSignedInClientAsync();
        var page = await owner.GetPageAsync("/account");
        var tokens = new[] { "mine", "team" }
            .Select(s => page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>($"#calendar-url-{s}")!.Value)
            .Select(a => new Uri(a).Segments[^1][..^".ics".Length]).ToList();
        using var calendarApp = app.CreateClient(new() { HandleCookies = false, AllowAutoRedirect = false });
        foreach (var token in tokens)
            Assert.Equal(HttpStatusCode.OK, (await calendarApp.GetAsync($"/calendar/{token}.ics")).StatusCode);
        await owner.PostFormAsync("/account/calendar", page, new Dictionary<string, string> { ["scope"] = "mine", ["confirm"] = "true" }, "Regenerate");
        Assert.Equal(HttpStatusCode.NotFound, (await calendarApp.GetAsync($"/calendar/{tokens[0]}.ics")).StatusCode);   // now revoked
        Assert.Equal(HttpStatusCode.NotFound, (await calendarApp.GetAsync("/calendar/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics")).StatusCode);

        foreach (var token in tokens)
            Assert.DoesNotContain(app.Logs, line => line.Contains(token, StringComparison.Ordinal));
        Assert.DoesNotContain(app.Logs, line => line.Contains("/calendar/", StringComparison.Ordinal));
        Assert.NotEmpty(app.Logs);   // the collector did see the app's log
    }

}
