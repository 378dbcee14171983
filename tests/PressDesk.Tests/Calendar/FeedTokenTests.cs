using System.Net;
using AngleSharp.Dom;
using PressDesk.Calendar;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Calendar;

// The address is the only key: made on the first view of the account section, shown once,
// stored only as its SHA-256, answered without a cookie, and replaced at once by a regeneration.
public sealed class FeedTokenTests : CalendarTest
{
    [Fact]
    public async Task The_first_view_makes_the_address_shows_it_once_and_stores_only_its_hash()
    {
        var eve = await SignInAsync("eve");
        var address = await AddressAsync(eve);
        var token = Token(address);
        Assert.Matches("^http://localhost/calendar/[A-Za-z0-9_-]{43}\\.ics$", address);

        var again = await eve.GetPageAsync("/account");
        Assert.Null(again.QuerySelector("#calendar-url-mine"));
        Assert.Contains("cannot show it again", again.Text("#calendar"));
        var stored = await App.Database.QueryAsync<string>("SELECT token_hash FROM calendar_feeds WHERE user_id = @Eve", new { Team.Eve });
        Assert.Equal([FeedTokens.Hash(token)], stored);
        Assert.Equal(HttpStatusCode.OK, (await GetFeedAsync(address)).StatusCode);   // the address still works
    }

    [Fact]
    public async Task The_feed_needs_no_cookie_but_everything_else_of_the_calendar_does()
    {
        var address = await AddressAsync(await SignInAsync("eve"));
        var response = await GetFeedAsync(address);   // a client with no cookie jar at all
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl is { Private: true, NoCache: true }, $"Cache-Control: {response.Headers.CacheControl}");

        using var anonymous = App.CreateClient(new() { HandleCookies = false, AllowAutoRedirect = false });
        var page = await anonymous.GetAsync("/account/calendar");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/signin", new Uri(new Uri("http://localhost"), page.Headers.Location!).AbsolutePath);
    }

    [Fact]
    public async Task An_unknown_or_malformed_token_gets_404()
    {
        await AddressAsync(await SignInAsync("eve"));
        foreach (var path in new[] { "/calendar/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics", "/calendar/short.ics", "/calendar/" + new string('A', 200) + ".ics" })
            Assert.Equal(HttpStatusCode.NotFound, (await GetFeedAsync("http://localhost" + path)).StatusCode);
    }

    [Fact]
    public async Task Regenerating_revokes_the_old_address_at_once_and_the_new_one_works()
    {
        var eve = await SignInAsync("eve");
        var old = await AddressAsync(eve);

        var refused = await RegenerateAsync(eve, "mine", confirm: false);
        Assert.Equal("/account#calendar", refused.Headers.Location!.OriginalString);
        Assert.Contains("Tick the box", (await eve.GetPageAsync("/account")).Text("#calendar [role=alert]"));
        Assert.Equal(HttpStatusCode.OK, (await GetFeedAsync(old)).StatusCode);

        var done = await RegenerateAsync(eve, "mine", confirm: true);
        Assert.Equal("/account#calendar", done.Headers.Location!.OriginalString);
        var fresh = await AddressAsync(eve);
        Assert.NotEqual(old, fresh);
        Assert.Equal(HttpStatusCode.NotFound, (await GetFeedAsync(old)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await GetFeedAsync(fresh)).StatusCode);
    }

    [Fact]
    public async Task A_member_cannot_make_a_team_feed()
    {
        var eve = await SignInAsync("eve");
        await RegenerateAsync(eve, "team", confirm: true);
        Assert.Contains("no such calendar feed", (await eve.GetPageAsync("/account")).Text("#calendar [role=alert]"));
        Assert.Equal(0, await App.Database.ScalarAsync<long>("SELECT count(*) FROM calendar_feeds WHERE scope = 'team' AND user_id = @Eve", new { Team.Eve }));
    }

    [Fact]
    public async Task A_team_feed_stops_working_when_its_member_is_no_longer_the_owner()
    {
        var team = await AddressAsync(Client, "team");
        await App.Database.ExecuteAsync("UPDATE users SET role = 'Member' WHERE role = 'Owner'");
        Assert.Equal(HttpStatusCode.NotFound, (await GetFeedAsync(team)).StatusCode);
    }

    private static string Token(string address) => new Uri(address).Segments[^1][..^".ics".Length];

    private static async Task<HttpResponseMessage> RegenerateAsync(HttpClient client, string scope, bool confirm)
    {
        var page = await client.GetPageAsync("/account");
        var fields = new Dictionary<string, string> { ["scope"] = scope };
        if (confirm) fields["confirm"] = "true";
        var response = await client.PostFormAsync("/account/calendar", page, fields, "Regenerate");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response;
    }
}
