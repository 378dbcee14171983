using System.Net;
using AngleSharp.Html.Dom;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Accounts;

public class PasswordResetLinkTests : AppTest
{
    private const string MemberEmail = "press.officer@pressdesk.test";
    private const string MemberPassword = "orchard tide lantern 24";
    private const string NewPassword = "harbour violet compass 77";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var team = await Client.GetPageAsync("/team");
        await Client.PostFormAsync("/team", team, new Dictionary<string, string> { ["Email"] = MemberEmail, ["Password"] = MemberPassword }, "Add");
    }

    private HttpClient Anonymous() => App.CreateClient(new() { AllowAutoRedirect = false });

    // The link as the owner sees it once on the team page, as a path on this server.
    private async Task<string> IssueLinkAsync()
    {
        var team = await Client.GetPageAsync("/team");
        var action = team.QuerySelectorAll("tr").Single(r => r.TextContent.Contains(MemberEmail))
            .QuerySelectorAll("form").Single(f => f.GetAttribute("action")!.Contains("handler=ResetLink")).GetAttribute("action")!;
        var issued = await Forms.ParseAsync(await Client.PostFormAsync(action, team, new Dictionary<string, string>()));
        Assert.Contains(MemberEmail, issued.Text("#reset-link-notice"));
        var link = new Uri(((IHtmlInputElement)issued.QuerySelector("#reset-link")!).Value);
        Assert.StartsWith("/reset-password/", link.AbsolutePath);
        return link.AbsolutePath;
    }

    private static async Task<HttpResponseMessage> SetPasswordAsync(HttpClient client, string link, string password)
    {
        var page = await client.GetPageAsync(link);
        return await client.PostFormAsync(link, page, new Dictionary<string, string> { ["NewPassword"] = password, ["ConfirmNewPassword"] = password });
    }

    [Fact]
    public async Task A_link_sets_a_new_password_once_and_ends_the_members_sessions()
    {
        var member = await App.CreateSignedInClientAsync(MemberEmail, MemberPassword);
        var link = await IssueLinkAsync();
        Assert.DoesNotContain(link.Split('/')[^1], await File.ReadAllTextAsync(App.DatabasePath));   // only the hash is kept

        var visitor = Anonymous();
        var form = await visitor.GetPageAsync(link);
        Assert.Equal(MemberEmail, ((IHtmlInputElement)form.QuerySelector("#email")!).Value);
        var done = await visitor.PostFormAsync(link, form, new Dictionary<string, string> { ["NewPassword"] = NewPassword, ["ConfirmNewPassword"] = NewPassword });

        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.Contains("Your password is set", (await Forms.ParseAsync(done)).Text("h1"));
        Assert.Equal(HttpStatusCode.Redirect, (await member.GetAsync("/")).StatusCode);   // signed out
        Assert.Equal(HttpStatusCode.Redirect, (await Anonymous().SignInAsync(MemberEmail, NewPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Anonymous().SignInAsync(MemberEmail, MemberPassword)).StatusCode);   // refused

        // The second time the same link is a clear dead end, and a post through it changes nothing.
        var again = await visitor.GetAsync(link);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Contains("This link does not work", (await Forms.ParseAsync(again)).Text("h1"));
        var replay = await visitor.PostFormAsync(link, form, new Dictionary<string, string> { ["NewPassword"] = "another long passphrase 5", ["ConfirmNewPassword"] = "another long passphrase 5" });
        Assert.Equal(HttpStatusCode.NotFound, replay.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Anonymous().SignInAsync(MemberEmail, NewPassword)).StatusCode);
    }

    [Fact]
    public async Task A_link_is_refused_after_an_hour()
    {
        var link = await IssueLinkAsync();
        var visitor = Anonymous();
        var form = await visitor.GetPageAsync(link);   // opened in time...

        Time.Advance(TimeSpan.FromMinutes(61));   // ...and posted too late

        var late = await visitor.PostFormAsync(link, form, new Dictionary<string, string> { ["NewPassword"] = NewPassword, ["ConfirmNewPassword"] = NewPassword });
        Assert.Equal(HttpStatusCode.NotFound, late.StatusCode);
        Assert.Contains("more than an hour old", (await Forms.ParseAsync(late)).Text("main"));
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync(link)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Anonymous().SignInAsync(MemberEmail, MemberPassword)).StatusCode);
    }

    [Fact]
    public async Task A_link_still_works_just_before_the_hour()
    {
        var link = await IssueLinkAsync();
        Time.Advance(TimeSpan.FromMinutes(59));

        Assert.Contains("Your password is set", (await Forms.ParseAsync(await SetPasswordAsync(Anonymous(), link, NewPassword))).Text("h1"));
    }

    [Fact]
    public async Task A_newer_link_replaces_the_older_one()
    {
        var first = await IssueLinkAsync();
        var second = await IssueLinkAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await Anonymous().GetAsync(first)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Anonymous().GetAsync(second)).StatusCode);
    }

    [Fact]
    public async Task An_unknown_token_gets_a_clear_page()
    {
        var response = await Anonymous().GetAsync("/reset-password/not-a-token-anybody-issued");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await Forms.ParseAsync(response);
        Assert.Contains("This link does not work", page.Text("h1"));
        Assert.Null(page.QuerySelector("input[type=password]"));
    }

    [Fact]
    public async Task A_weak_password_through_the_link_is_refused_inline_and_the_link_still_works()
    {
        var link = await IssueLinkAsync();

        var weak = await Forms.ParseAsync(await SetPasswordAsync(Anonymous(), link, "password2024"));
        Assert.Contains("common", weak.Text("span[data-valmsg-for='NewPassword']"));

        Assert.Contains("Your password is set", (await Forms.ParseAsync(await SetPasswordAsync(Anonymous(), link, NewPassword))).Text("h1"));
    }

    [Fact]
    public async Task A_member_cannot_issue_reset_links()
    {
        var member = await App.CreateSignedInClientAsync(MemberEmail, MemberPassword);
        var dashboard = await member.GetPageAsync("/");

        var response = await member.PostFormAsync("/team?handler=ResetLink&id=1", dashboard, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
