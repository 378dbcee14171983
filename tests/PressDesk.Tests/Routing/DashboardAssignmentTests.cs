using System.Net;
using AngleSharp.Dom;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Routing;

// The dashboard's "Mine" and "Everyone's", the away form, and "Needs someone": requests of a
// member who cannot be asked now, offered to the others. Pages show UTC in tests: 10:00 in Paris
// on 1 December is 09:00 on the page.
public sealed class DashboardAssignmentTests : AssignmentTestBase
{
    private static IReadOnlyList<string> Topics(IDocument page, string list = "#open-requests") =>
        [.. page.QuerySelectorAll($"{list} .topic").Select(t => t.TextContent.Trim())];

    private static async Task<HttpResponseMessage> AwayAsync(HttpClient client, string until, string note = "")
    {
        var page = await client.GetPageAsync("/");
        return await client.PostFormAsync("/away", page, new Dictionary<string, string> { ["until"] = until, ["note"] = note }, "Set");
    }

    [Fact]
    public async Task A_member_of_a_team_sees_their_own_requests_first_and_everyones_on_the_other_tab()
    {
        await LogAsync("New energy tariff");
        await LogAsync("Hospital waiting lists");

        var mine = await Eve.GetPageAsync("/");
        Assert.Equal(["New energy tariff"], Topics(mine));
        Assert.Equal("page", mine.QuerySelector("#tab-mine")!.GetAttribute("aria-current"));
        Assert.Null(mine.QuerySelector("#tab-all")!.GetAttribute("aria-current"));
        Assert.Equal(["New energy tariff"], Topics(await Eve.GetPageAsync("/?show=mine")));

        var all = await Eve.GetPageAsync("/?show=all");
        Assert.Equal(["New energy tariff", "Hospital waiting lists"], Topics(all));
        Assert.Equal("page", all.QuerySelector("#tab-all")!.GetAttribute("aria-current"));
        var cards = all.QuerySelectorAll("#open-requests .card .assignee").Select(a => a.TextContent.Trim()).ToList();
        Assert.Contains("Eve Durand has it", cards[0]);
        Assert.Contains("Hugo Petit has it", cards[1]);
        Assert.All(cards, c => Assert.Contains("not acknowledged yet", c));

        Assert.Equal(["Hospital waiting lists"], Topics(await Hugo.GetPageAsync("/")));
        // The live refresh keeps the tab the page is on.
        Assert.Equal(2, Topics(await Hugo.GetPageAsync("/?handler=Live&show=all")).Count);
        Assert.Equal(["Hospital waiting lists"], Topics(await Hugo.GetPageAsync("/?handler=Live&show=")));
    }

    [Fact]
    public async Task Saying_im_on_it_takes_the_not_acknowledged_mark_off_the_card()
    {
        var id = await LogAsync();
        var page = await Eve.GetPageAsync($"/requests/{id}");
        await Eve.PostFormAsync($"/requests/{id}/assignment", page, new Dictionary<string, string>(), "Acknowledge");
        var card = (await Eve.GetPageAsync("/")).Text("#open-requests .card .assignee");
        Assert.Contains("Eve Durand has it", card);
        Assert.DoesNotContain("not acknowledged yet", card);
    }

    [Fact]
    public async Task The_away_form_sets_the_member_away_until_a_time_today_and_back()
    {
        var response = await AwayAsync(Eve, "11:30", "Board meeting");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (until, note) = await App.Database.QueryAsync<(long?, string?)>("SELECT away_until, away_note FROM users WHERE id = @Eve", new { Team.Eve })
            .ContinueWith(t => t.Result.Single());
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 11, 30, 0, TimeSpan.Zero).ToUnixTimeMilliseconds(), until);
        Assert.Equal("Board meeting", note);

        var page = await Eve.GetPageAsync("/");
        Assert.Contains("You are away until 11:30", page.Text("#away-state"));

        await Eve.PostFormAsync("/away", page, new Dictionary<string, string>(), "Back");
        Assert.Null(await App.Database.ScalarAsync<long?>("SELECT away_until FROM users WHERE id = @Eve", new { Team.Eve }));
        page = await Eve.GetPageAsync("/");
        Assert.Equal("Welcome back: new requests can come to you again.", page.Text("#away-done"));
        Assert.Null(page.QuerySelector("#away-state"));
        Assert.NotNull(page.QuerySelector("#away-until"));
    }

    [Fact]
    public async Task A_time_already_past_today_is_an_error_beside_the_field()
    {
        var response = await AwayAsync(Eve, "08:15", "Dentist");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Null(await App.Database.ScalarAsync<long?>("SELECT away_until FROM users WHERE id = @Eve", new { Team.Eve }));

        var page = await Eve.GetPageAsync("/");
        Assert.Equal("08:15 has already passed today. Give a later time.", page.Text("#away-error"));
        var field = page.QuerySelector("#away-until")!;
        Assert.Equal("true", field.GetAttribute("aria-invalid"));
        Assert.Equal("away-error", field.GetAttribute("aria-describedby"));
        Assert.Equal("08:15", field.GetAttribute("value"));
        Assert.Equal("Dentist", page.QuerySelector("#away-note")!.GetAttribute("value"));
        Assert.True(page.QuerySelector("#away details")!.HasAttribute("open"));
        // Said once: the next visit shows the plain form.
        Assert.Null((await Eve.GetPageAsync("/")).QuerySelector("#away-error"));
    }

    [Fact]
    public async Task The_away_errors_read_in_French()
    {
        var french = await SignInAsync("eve@pressdesk.test", "fr");
        await AwayAsync(french, "08:15");
        Assert.Equal("08:15 est déjà passé aujourd’hui. Indiquez une heure plus tardive.", (await french.GetPageAsync("/")).Text("#away-error"));
        await AwayAsync(french, "soon");
        Assert.Equal("Indiquez l’heure de votre retour, par exemple 15:00.", (await french.GetPageAsync("/")).Text("#away-error"));
        await AwayAsync(french, "11:00");
        Assert.StartsWith("Vous êtes absent jusqu’à 11:00 :", (await french.GetPageAsync("/")).Text("#away-state"));
    }

    [Fact]
    public async Task An_away_members_requests_are_offered_to_colleagues_and_not_to_them()
    {
        await OnItAsync(await LogAsync("New energy tariff"), Team.Eve);   // Eve's, and she is on it (else escalation moves it on at once)
        Assert.Null((await Hugo.GetPageAsync("/")).QuerySelector("#needs-someone"));

        await AwayAsync(Eve, "11:00", "Board meeting");
        var hugo = await Hugo.GetPageAsync("/");
        Assert.Equal(["New energy tariff"], Topics(hugo, "#needs-someone"));
        Assert.Contains("Eve Durand has it", hugo.Text("#needs-someone .assignee"));
        Assert.Contains("away until 11:00", hugo.Text("#needs-someone .presence"));
        Assert.Equal(["New energy tariff"], Topics(await SignInAsync("oscar@pressdesk.test").ContinueWith(t => t.Result.GetPageAsync("/")).Unwrap(), "#needs-someone"));
        Assert.Null((await Eve.GetPageAsync("/")).QuerySelector("#needs-someone"));
        // The live refresh renders it too.
        Assert.Equal(["New energy tariff"], Topics(await Hugo.GetPageAsync("/?handler=Live"), "#needs-someone"));
    }

    [Fact]
    public async Task A_colleague_takes_an_offered_request_from_the_dashboard()
    {
        var id = await LogAsync("New energy tariff");
        await OnItAsync(id, Team.Eve);
        await AwayAsync(Eve, "11:00");
        var page = await Hugo.GetPageAsync("/?show=all");
        var form = page.QuerySelector($"#needs-someone [data-request-id='{id}'] form")!;
        Assert.Equal($"/requests/{id}/assignment?handler=Take", form.GetAttribute("action"));
        var returnUrl = form.QuerySelector("input[name=returnUrl]")!.GetAttribute("value")!;
        Assert.Equal("/?show=all", returnUrl);
        Assert.NotNull(form.QuerySelector("input[name=__RequestVerificationToken]"));
        Assert.NotNull(page.QuerySelector("#away form input[name=__RequestVerificationToken]"));

        var response = await Hugo.PostFormAsync($"/requests/{id}/assignment", page, new Dictionary<string, string> { ["returnUrl"] = returnUrl }, "Take");
        Assert.Equal("/?show=all", response.Headers.Location!.OriginalString);
        Assert.Equal(Team.Hugo, await Team.AssigneeAsync(id));
        page = await Hugo.GetPageAsync("/?show=all");
        Assert.Equal("You have it now.", page.Text("#assignment-message"));
        Assert.Null(page.QuerySelector("#needs-someone"));
        Assert.Equal(["New energy tariff"], Topics(await Hugo.GetPageAsync("/")));
        Assert.Equal("Nothing is yours right now.", (await Eve.GetPageAsync("/")).Text("#dashboard .empty"));
    }

    [Fact]
    public async Task Requests_of_a_member_outside_working_hours_are_offered_too()
    {
        // Eve is on it ten minutes before her day ends; one minute after, it is offered (its warning,
        // which would move it on, is four minutes later).
        Time.SetUtcNow(SeededTeam.Paris(2026, 12, 1, 17, 50));
        await OnItAsync(await LogAsync("New energy tariff"), Team.Eve);
        Time.SetUtcNow(SeededTeam.Paris(2026, 12, 1, 18, 1));   // Eve's day ended at 18:00; Oscar works any time
        var oscar = await SignInAsync("oscar@pressdesk.test");
        var page = await oscar.GetPageAsync("/");
        Assert.Equal(["New energy tariff"], Topics(page, "#needs-someone"));
        Assert.Contains("off hours", page.Text("#needs-someone .presence"));
    }

    [Fact]
    public async Task A_hostile_name_is_encoded_on_the_dashboard()
    {
        const string hostile = "<script>alert(1)</script>Eve";
        await App.Database.ExecuteAsync("UPDATE users SET display_name = @hostile WHERE id = @Eve", new { hostile, Team.Eve });
        await OnItAsync(await LogAsync(), Team.Eve);
        await AwayAsync(Eve, "11:00");
        var html = await (await Hugo.GetAsync("/?show=all")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>alert(1)", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;Eve", html, StringComparison.Ordinal);
    }
}

// A lone expert has one list: everything, without tabs.
public sealed class LoneExpertDashboardTests : AppTest
{
    [Fact]
    public async Task The_lone_expert_sees_everything_without_tabs()
    {
        await Api.PostJsonAsync("/api/requests", ApiClient.Claire(Time.GetUtcNow(), topic: "Anything at all"));
        var page = await Client.GetPageAsync("/");
        Assert.Null(page.QuerySelector("#dashboard-tabs"));
        Assert.Null(page.QuerySelector("#needs-someone"));
        Assert.Single(page.QuerySelectorAll("#open-requests .card"));
    }
}
