using System.Net;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Routing;

// The request page's "Who has it": take, hand over and "I'm on it" posted as a member would, each
// outcome said on the page it comes back to, and the hand-overs in words.
public sealed class AssignmentPageTests : AssignmentTestBase
{
    private static string Url(long id) => $"/requests/{id}";

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, long id, string handler, Dictionary<string, string>? fields = null)
    {
        var page = await client.GetPageAsync(Url(id));
        return await client.PostFormAsync($"{Url(id)}/assignment", page, fields ?? [], handler);
    }

    [Fact]
    public async Task The_panel_shows_who_has_it_and_that_they_have_not_said_they_are_on_it()
    {
        var id = await LogAsync();
        var page = await Hugo.GetPageAsync(Url(id));
        Assert.Contains("Eve Durand", page.Text("#assignee"));
        Assert.Contains("available", page.Text("#assignee .presence"));
        Assert.Equal("false", page.QuerySelector("#acknowledged")!.GetAttribute("data-acknowledged"));
        Assert.Contains("Routed to Eve Durand for Énergie.", page.Text("#assignment-history"));
        Assert.NotNull(page.QuerySelector("#take"));
        Assert.Null(page.QuerySelector("#acknowledge"));   // only Eve says she is on it
        var options = page.QuerySelectorAll("#hand-over-to option").Select(o => o.TextContent).ToList();
        Assert.Contains(options, o => o.StartsWith("Hugo Petit", StringComparison.Ordinal));
        Assert.DoesNotContain(options, o => o.StartsWith("Eve Durand", StringComparison.Ordinal));
        // Each form carries its own antiforgery token (a browser sends only the form's own fields).
        Assert.Equal(2, page.QuerySelectorAll("#assignment form").Length);
        Assert.All(page.QuerySelectorAll("#assignment form"), f => Assert.NotNull(f.QuerySelector("input[name=__RequestVerificationToken]")));
    }

    [Fact]
    public async Task Im_on_it_from_the_assignee_records_the_acknowledgement()
    {
        var id = await LogAsync();
        Assert.NotNull((await Eve.GetPageAsync(Url(id))).QuerySelector("#acknowledge"));

        var response = await PostAsync(Eve, id, "Acknowledge");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"{Url(id)}#assignment", response.Headers.Location!.OriginalString);
        Assert.Equal(Time.GetUtcNow().ToUnixTimeMilliseconds(), await AcknowledgedAtAsync(id));
        Assert.Equal([("routed", Team.Eve, null), ("acknowledged", Team.Eve, Team.Eve)], await HistoryAsync(id));

        var page = await Eve.GetPageAsync(Url(id));
        Assert.Equal("Noted: you are on it.", page.Text("#assignment-message"));
        Assert.Null(page.QuerySelector("#acknowledge"));
        Assert.Contains("Eve Durand is on it.", page.Text("#assignment-history"));
        Assert.Equal("true", page.QuerySelector("#acknowledged")!.GetAttribute("data-acknowledged"));
    }

    [Fact]
    public async Task A_member_cannot_say_they_are_on_someone_elses_request()
    {
        var id = await LogAsync();
        var response = await PostAsync(Hugo, id, "Acknowledge");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Null(await AcknowledgedAtAsync(id));
        Assert.Single(await HistoryAsync(id));
        var page = await Hugo.GetPageAsync(Url(id));
        Assert.Equal("Only the member who has this request can say they are on it. Take it first.", page.Text("#assignment-message"));
    }

    [Fact]
    public async Task Take_it_gives_the_request_to_the_member_who_is_on_it_at_once()
    {
        var id = await LogAsync();
        await PostAsync(Hugo, id, "Take");

        Assert.Equal(Team.Hugo, await Team.AssigneeAsync(id));
        Assert.NotNull(await AcknowledgedAtAsync(id));
        Assert.Equal([("routed", Team.Eve, null), ("taken", Team.Hugo, Team.Hugo), ("acknowledged", Team.Hugo, Team.Hugo)], await HistoryAsync(id));
        var page = await Hugo.GetPageAsync(Url(id));
        Assert.Equal("You have it now.", page.Text("#assignment-message"));
        Assert.Contains("Taken by Hugo Petit.", page.Text("#assignment-history"));
        Assert.Null(page.QuerySelector("#take"));
    }

    [Fact]
    public async Task Hand_over_gives_it_to_a_colleague_who_still_has_to_say_they_are_on_it()
    {
        var id = await LogAsync();
        await PostAsync(Eve, id, "Acknowledge");
        await PostAsync(Eve, id, "HandOver", new() { ["userId"] = Team.Hugo.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        Assert.Equal(Team.Hugo, await Team.AssigneeAsync(id));
        Assert.Null(await AcknowledgedAtAsync(id));   // a hand-over clears "I'm on it"
        Assert.Equal(("reassigned", Team.Hugo, Team.Eve), (await HistoryAsync(id))[^1]);
        var page = await Hugo.GetPageAsync(Url(id));
        Assert.Contains("Handed over by Eve Durand to Hugo Petit.", page.Text("#assignment-history"));
        Assert.NotNull(page.QuerySelector("#acknowledge"));
    }

    [Fact]
    public async Task Handing_over_to_an_unknown_member_says_so_and_changes_nothing()
    {
        var id = await LogAsync();
        var response = await PostAsync(Eve, id, "HandOver", new() { ["userId"] = "99999" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(Team.Eve, await Team.AssigneeAsync(id));
        Assert.Single(await HistoryAsync(id));
        Assert.Equal("Choose a member of the team to hand it over to.", (await Eve.GetPageAsync(Url(id))).Text("#assignment-message"));
    }

    [Fact]
    public async Task An_answered_request_is_not_handed_over_and_the_page_says_why()
    {
        var id = await LogAsync();
        var respond = await Api.PostJsonAsync($"/api/requests/{id}/response", new { note = "Called back" });
        Assert.Equal(HttpStatusCode.OK, respond.StatusCode);

        var response = await PostAsync(Hugo, id, "Take");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(Team.Eve, await Team.AssigneeAsync(id));
        var page = await Hugo.GetPageAsync(Url(id));
        Assert.Equal("This request is already answered: who has it no longer changes.", page.Text("#assignment-message"));
        Assert.Null(page.QuerySelector("#take"));
    }

    [Fact]
    public async Task A_request_that_does_not_exist_sends_the_member_to_the_dashboard_with_a_message()
    {
        var page = await Eve.GetPageAsync("/");
        var response = await Eve.PostFormAsync("/requests/4242/assignment", page, new Dictionary<string, string>(), "Take");
        Assert.Equal("/", response.Headers.Location!.OriginalString);
        Assert.Equal("This request no longer exists.", (await Eve.GetPageAsync("/")).Text("#assignment-message"));
    }

    [Fact]
    public async Task A_return_address_elsewhere_is_not_followed()
    {
        var id = await LogAsync();
        var response = await PostAsync(Hugo, id, "Take", new() { ["returnUrl"] = "https://evil.example/" });
        Assert.Equal($"{Url(id)}#assignment", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Names_in_the_panel_and_the_history_are_encoded()
    {
        const string hostile = "<img src=x onerror=alert(1)>Hugo";
        await App.Database.ExecuteAsync("UPDATE users SET display_name = @hostile WHERE id = @Hugo", new { hostile, Team.Hugo });
        var id = await LogAsync();
        await PostAsync(Hugo, id, "Take");

        var html = await (await Hugo.GetAsync(Url(id))).Content.ReadAsStringAsync();
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;Hugo", html, StringComparison.Ordinal);
        var page = await Hugo.GetPageAsync(Url(id));
        Assert.Contains($"Taken by {hostile}.", page.Text("#assignment-history"));
        Assert.Equal(hostile, page.Text("#assignee .assignee-name"));
    }

    [Fact]
    public async Task The_history_reads_in_French()
    {
        var id = await LogAsync();
        var french = await SignInAsync("hugo@pressdesk.test", "fr");
        await PostAsync(french, id, "Take");
        var page = await french.GetPageAsync(Url(id));
        Assert.Equal("La demande est à vous.", page.Text("#assignment-message"));
        var history = page.Text("#assignment-history");
        Assert.Contains("Attribuée à Eve Durand pour Énergie.", history);
        Assert.Contains("Prise par Hugo Petit.", history);
        Assert.Contains("Hugo Petit s’en occupe.", history);
        Assert.Equal("Qui s’en occupe", page.Text("#assignment-title"));
    }

    [Fact]
    public async Task Escalations_and_the_press_officer_read_in_words()
    {
        var id = await LogAsync();
        await App.Database.ExecuteAsync("""
            INSERT INTO request_assignments (request_id, user_id, user_name, event, reason, at) VALUES
                (@id, @Hugo, 'Hugo Petit', 'escalated', 'unacknowledged', 1),
                (@id, @Oscar, 'Oscar Leroy', 'escalated', 'warning', 2),
                (@id, @Oscar, 'Oscar Leroy', 'escalated', 'away', 3),
                (@id, @Oscar, 'Oscar Leroy', 'fallback', NULL, 4)
            """, new { id, Team.Hugo, Team.Oscar });
        var items = (await Eve.GetPageAsync(Url(id))).QuerySelectorAll("#assignment-history li .what").Select(e => e.TextContent.Trim()).ToList();
        Assert.Equal(
            [
                "Routed to Eve Durand for Énergie.",
                "Escalated to Hugo Petit: nobody said they were on it in time.",
                "Escalated to Oscar Leroy: the warning was reached with no response.",
                "Escalated to Oscar Leroy: the assignee is away.",
                "Given to the press officer, Oscar Leroy: no available spokesperson matched.",
            ], items);
    }
}
