using System.Net;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Accounts;

public class OwnershipTransferTests : AppTest
{
    private const string MemberEmail = "press.officer@pressdesk.test";
    private const string MemberPassword = "orchard tide lantern 24";

    private long _memberId;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var team = await Client.GetPageAsync("/team");
        await Client.PostFormAsync("/team", team, new Dictionary<string, string> { ["Email"] = MemberEmail, ["Password"] = MemberPassword }, "Add");
        _memberId = await App.Database.ScalarAsync<long>("SELECT id FROM users WHERE email = @MemberEmail", new { MemberEmail });
    }

    private Task<List<string>> OwnersAsync() => App.Database.QueryAsync<string>("SELECT email FROM users WHERE role = 'Owner'");

    [Fact]
    public async Task After_confirming_the_member_is_the_owner_and_the_owner_a_member()
    {
        var member = await App.CreateSignedInClientAsync(MemberEmail, MemberPassword);   // signed in before, as a member
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync("/team")).StatusCode);
        var team = await Client.GetPageAsync("/team");
        var link = team.QuerySelectorAll("tr").Single(r => r.TextContent.Contains(MemberEmail)).QuerySelector("a[href^='/team/transfer/']")!.GetAttribute("href")!;

        var confirm = await Client.GetPageAsync(link);
        Assert.Contains(MemberEmail, confirm.Text("h1"));
        Assert.Contains("You become a member", confirm.Text("main"));
        Assert.Equal([PressDeskApp.OwnerEmail], await OwnersAsync());   // nothing happens before the confirmation

        var done = await Client.PostFormAsync(link, confirm, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal([MemberEmail], await OwnersAsync());
        // Both sessions go on, each with its new role.
        Assert.Equal(HttpStatusCode.Forbidden, (await Client.GetAsync("/team")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync("/")).StatusCode);
        var teamNow = await member.GetPageAsync("/team");
        Assert.Contains("Owner", teamNow.QuerySelectorAll("tr").Single(r => r.TextContent.Contains(MemberEmail)).TextContent);
        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync("/team/api-keys")).StatusCode);
    }

    [Fact]
    public async Task A_member_cannot_take_or_hand_over_ownership()
    {
        var member = await App.CreateSignedInClientAsync(MemberEmail, MemberPassword);
        var dashboard = await member.GetPageAsync("/");

        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync($"/team/transfer/{_memberId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.PostFormAsync($"/team/transfer/{_memberId}", dashboard, new Dictionary<string, string>())).StatusCode);
        Assert.Equal([PressDeskApp.OwnerEmail], await OwnersAsync());
    }

    [Fact]
    public async Task The_owner_cannot_transfer_to_themselves_or_to_nobody()
    {
        var ownerId = await App.Database.ScalarAsync<long>("SELECT id FROM users WHERE role = 'Owner'");
        var dashboard = await Client.GetPageAsync("/");

        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync($"/team/transfer/{ownerId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.PostFormAsync($"/team/transfer/{ownerId}", dashboard, new Dictionary<string, string>())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync("/team/transfer/9999")).StatusCode);
        Assert.Equal([PressDeskApp.OwnerEmail], await OwnersAsync());
    }
}
