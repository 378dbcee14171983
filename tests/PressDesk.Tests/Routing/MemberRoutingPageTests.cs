using System.Net;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Routing;

// Issue 21's routing settings set through each member's routing page, as people would: what is
// saved there is what routing then does, a bad day saves nothing, and only the owner hands out
// the press officer role or edits someone else.
public sealed class MemberRoutingPageTests : AppTest
{
    private SeededTeam _team = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-GB");
        _team = await SeededTeam.CreateAsync(App, Client);
    }

    private async Task<HttpClient> SignInAsync(string email, string language = "en-GB")
    {
        var client = await App.CreateSignedInClientAsync(email, SeededTeam.Password);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        return client;
    }

    private async Task<long> LogAsync(string topic = "New energy tariff")
    {
        var response = await Api.PostJsonAsync("/api/requests", ApiClient.Claire(Time.GetUtcNow(), topic: topic));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (long)(await response.JsonAsync())["id"]!;
    }

    private static void AssertSaved(HttpResponseMessage response) =>
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{(int)response.StatusCode}: the form was not saved");

    private Task<long> AreaAsync(string name) => App.Database.ScalarAsync<long>("SELECT id FROM focus_areas WHERE name = @name", new { name });

    private async Task<List<(int Weekday, int Start, int End)>> HoursOfAsync(long userId) =>
        [.. await App.Database.QueryAsync<(int, int, int)>(
            "SELECT weekday, start_minute, end_minute FROM working_hours WHERE user_id = @userId ORDER BY weekday, start_minute", new { userId })];

    [Fact]
    public async Task Eve_emptying_her_Tuesday_sends_a_Tuesday_energy_request_to_the_press_officer()
    {
        var eve = await SignInAsync("eve@pressdesk.test");
        AssertSaved(await RoutingPage.SaveAsync(eve, _team.Eve, RoutingPage.Hours(DayOfWeek.Tuesday), ""));

        Assert.DoesNotContain(await HoursOfAsync(_team.Eve), h => h.Weekday == (int)DayOfWeek.Tuesday);
        Assert.Equal(8, (await HoursOfAsync(_team.Eve)).Count);   // the other four days kept their two ranges
        Time.SetUtcNow(SeededTeam.Paris(2026, 12, 1, 10));   // a Tuesday
        Assert.Equal(_team.Oscar, await _team.AssigneeAsync(await LogAsync()));
        Time.SetUtcNow(SeededTeam.Paris(2026, 12, 2, 10));   // Wednesday: hers again
        Assert.Equal(_team.Eve, await _team.AssigneeAsync(await LogAsync()));
    }

    [Fact]
    public async Task Giving_Hugo_the_energy_area_shares_energy_requests_between_him_and_Eve()
    {
        var energy = await AreaAsync("Énergie");
        var health = await AreaAsync("Santé");
        AssertSaved(await RoutingPage.SaveAsync(Client, _team.Hugo, new Dictionary<string, string[]>
        {
            ["Input.Areas"] = [health.ToString(System.Globalization.CultureInfo.InvariantCulture), energy.ToString(System.Globalization.CultureInfo.InvariantCulture)],
        }));
        Assert.Equal([energy, health], (await App.Database.QueryAsync<long>(
            "SELECT focus_area_id FROM member_areas WHERE user_id = @Hugo ORDER BY focus_area_id", new { _team.Hugo })).Order());

        Time.SetUtcNow(SeededTeam.Paris(2026, 12, 1, 10));
        var first = await _team.AssigneeAsync(await LogAsync());
        var second = await _team.AssigneeAsync(await LogAsync());
        Assert.Equal([_team.Eve, _team.Hugo], new[] { first!.Value, second!.Value });   // the one with fewer open requests next
    }

    [Fact]
    public async Task With_no_holiday_country_Eve_is_asked_on_the_fourteenth_of_July()
    {
        var eve = await SignInAsync("eve@pressdesk.test");
        AssertSaved(await RoutingPage.SaveAsync(eve, _team.Eve, "Input.HolidayCountry", ""));
        Assert.Equal("", await App.Database.ScalarAsync<string>("SELECT holiday_country FROM users WHERE id = @Eve", new { _team.Eve }));

        Time.SetUtcNow(SeededTeam.Paris(2027, 7, 14, 10));   // a Wednesday, a French holiday
        Assert.Equal(_team.Eve, await _team.AssigneeAsync(await LogAsync()));
    }

    [Theory]
    [InlineData("en-GB", "Tuesday: 12:00–09:00 ends before it starts")]
    [InlineData("fr-FR", "Mardi : 12:00–09:00 finit avant de commencer")]
    public async Task A_range_that_ends_before_it_starts_is_shown_beside_the_day_and_nothing_is_saved(string language, string message)
    {
        var eve = await SignInAsync("eve@pressdesk.test", language);
        var health = await AreaAsync("Santé");
        var before = await HoursOfAsync(_team.Eve);
        var response = await RoutingPage.SaveAsync(eve, _team.Eve, new Dictionary<string, string[]>
        {
            [RoutingPage.Hours(DayOfWeek.Monday)] = ["10:00-16:00"],   // valid, but must not be stored either
            [RoutingPage.Hours(DayOfWeek.Tuesday)] = ["12h-9h"],
            ["Input.Areas"] = [health.ToString(System.Globalization.CultureInfo.InvariantCulture)],
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Forms.ParseAsync(response);
        Assert.StartsWith(message, page.Text("#hours-tuesday-error"));
        Assert.Equal("true", page.QuerySelector("#hours-tuesday")!.GetAttribute("aria-invalid"));
        Assert.Equal("hours-tuesday-error", page.QuerySelector("#hours-tuesday")!.GetAttribute("aria-describedby"));
        Assert.Equal("12h-9h", page.QuerySelector("#hours-tuesday")!.GetAttribute("value"));   // what they typed, to correct
        Assert.Null(page.QuerySelector("#hours-monday-error"));
        Assert.Equal(before, await HoursOfAsync(_team.Eve));
        Assert.Equal([await AreaAsync("Énergie")], await App.Database.QueryAsync<long>(
            "SELECT focus_area_id FROM member_areas WHERE user_id = @Eve", new { _team.Eve }));
    }

    [Fact]
    public async Task Overlapping_ranges_and_an_unknown_zone_are_refused_with_what_is_wrong()
    {
        var response = await RoutingPage.SaveAsync(Client, _team.Eve, new Dictionary<string, string[]>
        {
            [RoutingPage.Hours(DayOfWeek.Friday)] = ["9-13, 12-18"],
            ["Input.TimeZone"] = ["Mars/Olympus_Mons"],
            ["Input.HolidayCountry"] = ["XX"],
        });
        var page = await Forms.ParseAsync(response);
        Assert.Equal("Friday: 09:00–13:00 and 12:00–18:00 overlap.", page.Text("#hours-friday-error"));
        Assert.Equal("“Mars/Olympus_Mons” is not a time zone PressDesk knows.", page.Text("#zone-error"));
        Assert.Equal("PressDesk has no public holidays for “XX”.", page.Text("#country-error"));
        Assert.Equal(SeededTeam.Zone, await App.Database.ScalarAsync<string>("SELECT time_zone FROM users WHERE id = @Eve", new { _team.Eve }));
    }

    [Fact]
    public async Task Works_any_time_stores_no_hours_and_hours_with_no_day_are_refused()
    {
        var noDay = await RoutingPage.SaveAsync(Client, _team.Eve, new Dictionary<string, string[]>
        {
            ["Input.Schedule"] = ["hours"],
            [RoutingPage.Hours(DayOfWeek.Monday)] = [""], [RoutingPage.Hours(DayOfWeek.Tuesday)] = [""],
            [RoutingPage.Hours(DayOfWeek.Wednesday)] = [""], [RoutingPage.Hours(DayOfWeek.Thursday)] = [""],
            [RoutingPage.Hours(DayOfWeek.Friday)] = [""],
        });
        Assert.Contains("Works any time", (await Forms.ParseAsync(noDay)).Text("#schedule-error"));
        Assert.Equal(10, (await HoursOfAsync(_team.Eve)).Count);

        AssertSaved(await RoutingPage.SaveAsync(Client, _team.Eve, "Input.Schedule", "any"));
        Assert.Empty(await HoursOfAsync(_team.Eve));
        Time.SetUtcNow(SeededTeam.Paris(2026, 12, 5, 23));   // Saturday night
        Assert.Equal(_team.Eve, await _team.AssigneeAsync(await LogAsync()));
    }

    [Fact]
    public async Task The_form_shows_what_is_stored_and_reads_French_style_hours()
    {
        AssertSaved(await RoutingPage.SaveAsync(Client, _team.Hugo, new Dictionary<string, string[]>
        {
            [RoutingPage.Hours(DayOfWeek.Saturday)] = ["9h-12h30 14h–16h"],
            ["Input.TimeZone"] = ["America/Toronto"],
            ["Input.HolidayCountry"] = ["CA"],
        }));
        var page = await Client.GetPageAsync(RoutingPage.Url(_team.Hugo));
        Assert.Equal("09:00–12:30, 14:00–16:00", page.QuerySelector("#hours-saturday")!.GetAttribute("value"));
        Assert.Equal("09:00–12:30, 13:30–18:00", page.QuerySelector("#hours-monday")!.GetAttribute("value"));
        Assert.Equal("", page.QuerySelector("#hours-sunday")!.GetAttribute("value") ?? "");
        Assert.Equal("America/Toronto", page.QuerySelector("#routing-zone option[selected]")!.GetAttribute("value"));
        Assert.Equal("CA", page.QuerySelector("#routing-country option[selected]")!.GetAttribute("value"));
        Assert.Equal("The routing settings are saved.", page.Text("[role=status]"));
        Assert.StartsWith("Routing: Hugo Petit", page.Title);
    }
}
