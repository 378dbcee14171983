using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Routing;

// Issue 21's assignment scenario: who gets a new request depends on the areas it matches and on
// who is available when it arrives — working hours in the member's zone, French public holidays,
// "away until" — and, when nobody available matches, the press officer.
public sealed class RoutingTests : AppTest
{
    private SeededTeam _team = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _team = await SeededTeam.CreateAsync(App, Client);
    }

    private async Task<long> LogAsync(string topic = "New energy tariff")
    {
        var response = await Api.PostJsonAsync("/api/requests", ApiClient.Claire(Time.GetUtcNow(), topic: topic));
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return (long)(await response.JsonAsync())["id"]!;
    }

    [Fact]
    public async Task An_energy_request_at_ten_on_a_Tuesday_goes_to_the_energy_spokesperson()
    {
        Time.SetUtcNow(SeededTeam.Paris(2026, 12, 1, 10));
        var id = await LogAsync();
        Assert.Equal(_team.Eve, await _team.AssigneeAsync(id));
        var history = await App.Database.QueryAsync<(string Event, string Reason, string UserName)>(
            "SELECT event, reason, user_name FROM request_assignments WHERE request_id = @id", new { id });
        Assert.Equal(("routed", "Énergie", "Eve Durand"), Assert.Single(history));
    }

    [Fact]
    public async Task A_health_request_goes_to_the_health_spokesperson()
    {
        Time.SetUtcNow(SeededTeam.Paris(2026, 12, 1, 10));
        Assert.Equal(_team.Hugo, await _team.AssigneeAsync(await LogAsync("Hospital waiting lists")));
    }

    [Fact]
    public async Task The_same_request_at_eight_in_the_evening_goes_to_the_press_officer()
    {
        Time.SetUtcNow(SeededTeam.Paris(2026, 12, 1, 20));
        var id = await LogAsync();
        Assert.Equal(_team.Oscar, await _team.AssigneeAsync(id));
        Assert.Equal("fallback", await App.Database.ScalarAsync<string>("SELECT event FROM request_assignments WHERE request_id = @id", new { id }));
    }

    [Fact]
    public async Task At_lunch_between_two_ranges_of_the_day_it_goes_to_the_press_officer()
    {
        Time.SetUtcNow(SeededTeam.Paris(2026, 12, 1, 13));
        Assert.Equal(_team.Oscar, await _team.AssigneeAsync(await LogAsync()));
    }

    [Fact]
    public async Task On_the_fourteenth_of_July_a_French_holiday_it_goes_to_the_press_officer()
    {
        Time.SetUtcNow(SeededTeam.Paris(2027, 7, 14, 10));   // a Wednesday, inside Eve's hours
        Assert.Equal(_team.Oscar, await _team.AssigneeAsync(await LogAsync()));
    }

    [Fact]
    public async Task A_member_whose_holiday_country_has_no_holiday_that_day_is_asked()
    {
        await App.Database.ExecuteAsync("UPDATE users SET holiday_country = 'BE' WHERE id = @Eve", new { _team.Eve });
        Time.SetUtcNow(SeededTeam.Paris(2027, 7, 14, 10));   // not a Belgian holiday (21 July is)
        Assert.Equal(_team.Eve, await _team.AssigneeAsync(await LogAsync()));
    }

    [Fact]
    public async Task An_away_member_is_skipped_and_asked_again_once_back()
    {
        Time.SetUtcNow(SeededTeam.Paris(2026, 12, 1, 10));
        await _team.SetAwayAsync(_team.Eve, SeededTeam.Paris(2026, 12, 1, 11));
        Assert.Equal(_team.Oscar, await _team.AssigneeAsync(await LogAsync()));

        Time.SetUtcNow(SeededTeam.Paris(2026, 12, 1, 11));
        Assert.Equal(_team.Eve, await _team.AssigneeAsync(await LogAsync()));
    }

    [Fact]
    public async Task Working_hours_are_read_in_the_members_own_zone()
    {
        // 10:00 in Paris is 04:00 in New York: outside the same hours there.
        await App.Database.ExecuteAsync("UPDATE users SET time_zone = 'America/New_York' WHERE id = @Eve", new { _team.Eve });
        Time.SetUtcNow(SeededTeam.Paris(2026, 12, 1, 10));
        Assert.Equal(_team.Oscar, await _team.AssigneeAsync(await LogAsync()));
        Time.SetUtcNow(SeededTeam.Paris(2026, 12, 1, 16));   // 10:00 in New York
        Assert.Equal(_team.Eve, await _team.AssigneeAsync(await LogAsync()));
    }

    [Fact]
    public async Task Two_members_on_the_same_area_share_the_requests_by_how_many_each_has_open()
    {
        var energy = await App.Database.ScalarAsync<long>("SELECT id FROM focus_areas WHERE name = 'Énergie'");
        var emil = await SeededTeam.AddMemberAsync(App, Client, "emil@pressdesk.test", "Emil Roux");
        await SeededTeam.CoverAsync(App, emil, energy);
        Time.SetUtcNow(SeededTeam.Paris(2026, 12, 1, 10));

        var first = await _team.AssigneeAsync(await LogAsync());
        var second = await _team.AssigneeAsync(await LogAsync());
        Assert.Equal([_team.Eve, emil], new[] { first!.Value, second!.Value });
    }

    [Fact]
    public async Task The_member_whose_area_matches_more_words_wins()
    {
        // "energy" matches Eve's area once; Hugo also covering an area with both words wins.
        var grid = await SeededTeam.AddAreaAsync(App, "Réseaux", "energy\ngrid\nblackout");
        await SeededTeam.CoverAsync(App, _team.Hugo, grid);
        Time.SetUtcNow(SeededTeam.Paris(2026, 12, 1, 10));
        Assert.Equal(_team.Hugo, await _team.AssigneeAsync(await LogAsync("Energy grid blackout risk")));
    }

    [Fact]
    public async Task A_request_typed_in_the_form_is_routed_too()
    {
        Time.SetUtcNow(SeededTeam.Paris(2026, 12, 1, 10));
        var client = await App.CreateSignedInClientAsync();   // the owner's session from Saturday has expired
        var page = await client.GetPageAsync("/requests/new");
        var response = await client.PostFormAsync("/requests/new", page, new Dictionary<string, string>
        {
            ["Input.JournalistName"] = "Claire Martin",
            ["Input.Outlet"] = "Les Echos",
            ["Input.Topic"] = "Energy tariff",
            ["Input.Channel"] = "phone",
            ["Input.ReceivedAt"] = Time.GetUtcNow().ToFormValue(),
        });
        Assert.True((int)response.StatusCode < 400, await response.Content.ReadAsStringAsync());
        var id = await App.Database.ScalarAsync<long>("SELECT max(id) FROM requests");
        Assert.Equal(_team.Eve, await _team.AssigneeAsync(id));
    }
}

// Without a team nothing changes for the lone expert: the owner is the press officer and gets everything.
public sealed class LoneExpertRoutingTests : AppTest
{
    [Fact]
    public async Task Every_request_goes_to_the_owner()
    {
        var response = await Api.PostJsonAsync("/api/requests", ApiClient.Claire(Time.GetUtcNow(), topic: "Anything at all"));
        var id = (long)(await response.JsonAsync())["id"]!;
        var owner = await App.Database.ScalarAsync<long>("SELECT id FROM users WHERE role = 'Owner'");
        Assert.Equal(owner, await App.Database.ScalarAsync<long?>("SELECT assigned_to FROM requests WHERE id = @id", new { id }));
    }
}

// A member who leaves hands their open requests on: nobody's request is left with nobody on it.
public sealed class RemovedSpokespersonTests : AppTest
{
    [Fact]
    public async Task Removing_a_member_routes_their_open_requests_again_and_keeps_the_history()
    {
        var team = await SeededTeam.CreateAsync(App, Client);
        Time.SetUtcNow(SeededTeam.Paris(2026, 12, 1, 10));
        var client = await App.CreateSignedInClientAsync();
        var response = await Api.PostJsonAsync("/api/requests", ApiClient.Claire(Time.GetUtcNow()));
        var id = (long)(await response.JsonAsync())["id"]!;
        Assert.Equal(team.Eve, await team.AssigneeAsync(id));

        var page = await client.GetPageAsync("/team");
        var removed = await client.PostFormAsync(
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"/team?handler=Remove&id={team.Eve}"), page, new Dictionary<string, string>());
        Assert.Equal(System.Net.HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal(0, await App.Database.ScalarAsync<long>("SELECT count(*) FROM users WHERE id = @Eve", new { team.Eve }));

        Assert.Equal(team.Oscar, await team.AssigneeAsync(id));   // nobody else covers energy: the press officer
        var history = await App.Database.QueryAsync<(string Event, string? Reason, string UserName)>(
            "SELECT event, reason, user_name FROM request_assignments WHERE request_id = @id ORDER BY id", new { id });
        Assert.Equal([("routed", "Énergie", "Eve Durand"), ("reassigned", "removed", "Oscar Leroy")], history);
    }
}
