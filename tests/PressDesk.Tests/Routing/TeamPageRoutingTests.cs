using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Routing;

// The Team page lists each member's areas, hours and whether they can be asked right now, and
// shows their names and areas as text, whatever they contain.
public sealed class TeamPageRoutingTests : AppTest
{
    private SeededTeam _team = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _team = await SeededTeam.CreateAsync(App, Client);
    }

    private static async Task<Dictionary<string, string>> RowOfAsync(HttpClient owner, string email)
    {
        var page = await owner.GetPageAsync("/team");
        var row = page.QuerySelectorAll("main table tbody tr").Single(r => r.TextContent.Contains(email, StringComparison.Ordinal));
        return row.QuerySelectorAll("td[data-label]").ToDictionary(td => td.GetAttribute("data-label")!, td => Squash(td.TextContent));
    }

    private static string Squash(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private async Task<HttpClient> OwnerAsync()
    {
        var owner = await App.CreateSignedInClientAsync();   // sessions expire when the clock jumps days
        owner.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-GB");
        return owner;
    }

    [Fact]
    public async Task Each_member_shows_areas_hours_and_presence_now()
    {
        Time.SetUtcNow(SeededTeam.Paris(2026, 12, 1, 10));   // Tuesday 10:00 in Paris, 09:00 UTC
        await _team.SetAwayAsync(_team.Hugo, SeededTeam.Paris(2026, 12, 1, 15));
        var owner = await OwnerAsync();

        var eve = await RowOfAsync(owner, "eve@pressdesk.test");
        Assert.Equal("Énergie", eve["Areas"]);
        Assert.Equal("Mon–Fri 09:00–12:30, 13:30–18:00 Europe/Paris", eve["Hours"]);   // not PressDesk's zone (UTC here)
        Assert.Equal("Available", eve["Now"]);
        Assert.Contains("Eve Durand", eve["Member"]);
        Assert.Equal("Away until 14:00", (await RowOfAsync(owner, "hugo@pressdesk.test"))["Now"]);   // pages show UTC here
        var oscar = await RowOfAsync(owner, "oscar@pressdesk.test");
        Assert.Equal(("None", "Any time", "Available"), (oscar["Areas"], oscar["Hours"], oscar["Now"]));
        Assert.Contains("Press officer", oscar["Role"]);

        Time.SetUtcNow(SeededTeam.Paris(2026, 12, 1, 20));
        Assert.Equal("Off hours", (await RowOfAsync(await OwnerAsync(), "eve@pressdesk.test"))["Now"]);
        Time.SetUtcNow(SeededTeam.Paris(2027, 7, 14, 10));
        Assert.Equal("Public holiday", (await RowOfAsync(await OwnerAsync(), "eve@pressdesk.test"))["Now"]);
    }

    [Fact]
    public async Task In_French_the_presence_and_the_days_are_French()
    {
        Time.SetUtcNow(SeededTeam.Paris(2026, 12, 1, 20));
        var owner = await App.CreateSignedInClientAsync();
        owner.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr-FR");
        var eve = await RowOfAsync(owner, "eve@pressdesk.test");
        Assert.Equal("Hors horaires", eve["Maintenant"]);
        Assert.StartsWith("lun.–ven. 09:00–12:30", eve["Horaires"]);
    }

    [Fact]
    public async Task A_zone_other_than_PressDesks_is_shown_with_the_hours()
    {
        await App.Database.ExecuteAsync("UPDATE users SET time_zone = 'America/New_York' WHERE id = @Eve", new { _team.Eve });
        Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-GB");
        Assert.EndsWith("America/New_York", (await RowOfAsync(Client, "eve@pressdesk.test"))["Hours"]);
    }

    [Fact]
    public async Task Hostile_member_and_area_names_are_shown_as_text()
    {
        const string name = "<script>alert('name')</script><img src=x onerror=alert(1)>";
        const string area = "<b onmouseover=alert(2)>Énergie & \"gaz\"</b>";
        await App.Database.ExecuteAsync("UPDATE users SET display_name = @name WHERE id = @Eve", new { name, _team.Eve });
        await App.Database.ExecuteAsync("UPDATE focus_areas SET name = @area WHERE name = 'Énergie'", new { area });
        Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-GB");

        foreach (var url in new[] { "/team", RoutingPage.Url(_team.Eve) })
        {
            var html = await Client.GetStringAsync(url);
            Assert.DoesNotContain("<script>alert", html);
            Assert.DoesNotContain("<img src=x", html);
            Assert.DoesNotContain("<b onmouseover", html);
            var page = await Client.GetPageAsync(url);
            Assert.Empty(page.QuerySelectorAll("main script, main img, main b"));
            Assert.Contains(name, page.QuerySelector("main")!.TextContent);
            Assert.Contains(area, page.QuerySelector("main")!.TextContent);
        }
    }
}
