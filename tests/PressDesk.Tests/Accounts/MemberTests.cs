using System.Net;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Accounts;

public class MemberTests : AppTest
{
    private const string MemberEmail = "press.officer@pressdesk.test";
    private const string MemberPassword = "orchard tide lantern 24";

    private async Task<HttpResponseMessage> AddMemberAsync(string email, string password)
    {
        var page = await Client.GetPageAsync("/team");
        return await Client.PostFormAsync("/team", page, new Dictionary<string, string> { ["Email"] = email, ["Password"] = password }, "Add");
    }

    [Fact]
    public async Task The_owner_adds_a_member_who_can_sign_in_and_log_requests()
    {
        var added = await AddMemberAsync(MemberEmail, MemberPassword);
        Assert.Contains("can now sign in", (await Forms.ParseAsync(added)).Text(".notice"));

        var member = await App.CreateSignedInClientAsync(MemberEmail, MemberPassword);

        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync("/requests/new")).StatusCode);
    }

    [Theory]
    [InlineData("/team")]
    [InlineData("/team/api-keys")]
    [InlineData("/team/sign-ins")]
    public async Task A_member_cannot_reach_owner_pages(string url)
    {
        await AddMemberAsync(MemberEmail, MemberPassword);
        var member = await App.CreateSignedInClientAsync(MemberEmail, MemberPassword);

        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task A_member_cannot_create_api_keys_or_members_by_posting_directly()
    {
        await AddMemberAsync(MemberEmail, MemberPassword);
        var member = await App.CreateSignedInClientAsync(MemberEmail, MemberPassword);
        var dashboard = await member.GetPageAsync("/");

        var key = await member.PostFormAsync("/team/api-keys", dashboard, new Dictionary<string, string> { ["Name"] = "sneaky" }, "Create");
        var user = await member.PostFormAsync("/team", dashboard,
            new Dictionary<string, string> { ["Email"] = "friend@pressdesk.test", ["Password"] = "friend passphrase 99" }, "Add");

        Assert.Equal(HttpStatusCode.Forbidden, key.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, user.StatusCode);
        Assert.DoesNotContain("sneaky", await Client.GetStringAsync("/team/api-keys"));
        Assert.DoesNotContain("friend@pressdesk.test", await Client.GetStringAsync("/team"));
    }

    [Fact]
    public async Task Removing_a_member_ends_their_session_at_once()
    {
        await AddMemberAsync(MemberEmail, MemberPassword);
        var member = await App.CreateSignedInClientAsync(MemberEmail, MemberPassword);
        var team = await Client.GetPageAsync("/team");
        var remove = team.QuerySelectorAll("tr").Single(r => r.TextContent.Contains(MemberEmail))
            .QuerySelectorAll("form").Single(f => f.GetAttribute("action")!.Contains("handler=Remove")).GetAttribute("action")!;

        await Client.PostFormAsync(remove, team, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, (await member.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Anonymous().SignInAsync(MemberEmail, MemberPassword)).StatusCode);   // refused
    }

    [Fact]
    public async Task A_weak_or_duplicate_member_is_refused_inline()
    {
        var weak = await Forms.ParseAsync(await AddMemberAsync(MemberEmail, "password2024"));
        Assert.Contains("common", weak.Text("span[data-valmsg-for='Password']"));

        await AddMemberAsync(MemberEmail, MemberPassword);
        var duplicate = await Forms.ParseAsync(await AddMemberAsync(MemberEmail.ToUpperInvariant(), MemberPassword));
        Assert.Contains("already", duplicate.Text("span[data-valmsg-for='Email']"));
    }

    private HttpClient Anonymous() => App.CreateClient(new() { AllowAutoRedirect = false });
}
