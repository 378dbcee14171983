using System.Net;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Routing;

// Who may change whose routing: the owner anyone's, including who is press officer; a member
// only their own hours and areas, never the press officer role.
public sealed class MemberRoutingAccessTests : AppTest
{
    private SeededTeam _team = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-GB");
        _team = await SeededTeam.CreateAsync(App, Client);
    }

    private Task<HttpClient> EveAsync() => App.CreateSignedInClientAsync("eve@pressdesk.test", SeededTeam.Password);

    private async Task<List<long>> PressOfficersAsync() =>
        [.. await App.Database.QueryAsync<long>("SELECT id FROM users WHERE press_officer = 1")];

    [Fact]
    public async Task A_member_cannot_open_or_change_another_members_settings()
    {
        var eve = await EveAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await eve.GetAsync(RoutingPage.Url(_team.Hugo))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await eve.GetAsync(RoutingPage.Url(999_999))).StatusCode);   // nothing about who exists

        // A forged post, with the antiforgery token of her own page.
        var own = await eve.GetPageAsync(RoutingPage.Url(_team.Eve));
        var forged = await eve.PostAsync(RoutingPage.Url(_team.Hugo), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = own.AntiforgeryToken(),
            ["Input.Schedule"] = "any",
            ["Input.HolidayCountry"] = "",
        }));
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Equal(10, await App.Database.ScalarAsync<long>("SELECT count(*) FROM working_hours WHERE user_id = @Hugo", new { _team.Hugo }));
        Assert.Equal("FR", await App.Database.ScalarAsync<string>("SELECT holiday_country FROM users WHERE id = @Hugo", new { _team.Hugo }));
    }

    [Fact]
    public async Task A_member_cannot_make_themselves_press_officer()
    {
        var eve = await EveAsync();
        var own = await eve.GetPageAsync(RoutingPage.Url(_team.Eve));
        Assert.Null(own.QuerySelector("input[name='Input.PressOfficer']"));   // not offered to her

        var response = await RoutingPage.SaveAsync(eve, _team.Eve, "Input.PressOfficer", "true");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal([_team.Oscar], await PressOfficersAsync());

        // Saving her own page without it leaves the role where it is.
        Assert.Equal(HttpStatusCode.Redirect, (await RoutingPage.SaveAsync(eve, _team.Eve, "Input.HolidayCountry", "BE")).StatusCode);
        Assert.Equal([_team.Oscar], await PressOfficersAsync());
    }

    [Fact]
    public async Task The_owner_moves_the_press_officer_role_and_routing_follows()
    {
        var page = await Client.GetPageAsync(RoutingPage.Url(_team.Oscar));
        Assert.NotNull(page.QuerySelector("input[name='Input.PressOfficer'][checked]"));

        Assert.Equal(HttpStatusCode.Redirect, (await RoutingPage.SaveAsync(Client, _team.Hugo, "Input.PressOfficer", "true")).StatusCode);
        Assert.Equal([_team.Hugo], await PressOfficersAsync());   // taken from Oscar in the same save

        Time.SetUtcNow(SeededTeam.Paris(2026, 12, 1, 10));
        var response = await Api.PostJsonAsync("/api/requests", ApiClient.Claire(Time.GetUtcNow(), topic: "Pension reform"));
        var id = (long)(await response.JsonAsync())["id"]!;
        Assert.Equal(_team.Hugo, await _team.AssigneeAsync(id));   // nobody's area: the press officer

        // Unticking it on Hugo's page leaves nobody set: the owner is press officer again.
        var owner = await App.CreateSignedInClientAsync();
        var hugo = await owner.GetPageAsync(RoutingPage.Url(_team.Hugo));
        Assert.NotNull(hugo.QuerySelector("input[name='Input.PressOfficer'][checked]"));
        Assert.Equal(HttpStatusCode.Redirect, (await RoutingPage.SaveAsync(owner, _team.Hugo,
            new Dictionary<string, string[]> { ["Input.PressOfficer"] = [] })).StatusCode);
        Assert.Empty(await PressOfficersAsync());
        var ownerId = await App.Database.ScalarAsync<long>("SELECT id FROM users WHERE role = 'Owner'");
        Assert.NotNull((await owner.GetPageAsync(RoutingPage.Url(ownerId))).QuerySelector("input[name='Input.PressOfficer'][checked]"));
    }

    [Fact]
    public async Task The_owner_gets_404_for_a_member_who_does_not_exist()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync(RoutingPage.Url(999_999))).StatusCode);
    }

    [Fact]
    public async Task Signed_out_the_page_sends_to_sign_in()
    {
        var anonymous = App.CreateClient(new() { AllowAutoRedirect = false });
        var response = await anonymous.GetAsync(RoutingPage.Url(_team.Eve));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/signin", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task The_account_page_links_to_the_members_own_routing_page()
    {
        var eve = await EveAsync();
        var account = await eve.GetPageAsync("/account");
        var links = account.QuerySelectorAll("main a[href*='/routing']").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal([RoutingPage.Url(_team.Eve)], links);
        Assert.Equal(HttpStatusCode.OK, (await eve.GetAsync(links[0])).StatusCode);
    }
}
