using System.Net;
using PressDesk.Accounts;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Accounts;

// Every door through which a password is chosen refuses the guessable ones with the reason (setup
// in SetupTests, the command line in ResetPasswordCommandTests), and takes a strong passphrase.
public class PasswordStrengthDoorsTests : AppTest
{
    private const string MemberEmail = "press.officer@pressdesk.test";
    private const string Strong = "harbour violet compass 77";

    public static TheoryData<string, string> Guessable => new()
    {
        { "P@ssw0rd2026", PasswordStrength.CommonWithChanges },
        { "pressdesk2026", PasswordStrength.BuiltFromContext },
        { "qwertyuiopas", PasswordStrength.CommonWithChanges },
    };

    private async Task<HttpResponseMessage> AddMemberAsync(string password)
    {
        var team = await Client.GetPageAsync("/team");
        return await Client.PostFormAsync("/team", team, new Dictionary<string, string> { ["Email"] = MemberEmail, ["Password"] = password }, "Add");
    }

    private async Task<HttpResponseMessage> ChangeOwnPasswordAsync(string password)
    {
        var page = await Client.GetPageAsync("/account");
        return await Client.PostFormAsync("/account", page, new Dictionary<string, string>
        {
            ["CurrentPassword"] = PressDeskApp.OwnerPassword, ["NewPassword"] = password, ["ConfirmNewPassword"] = password,
        }, "Password");
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response, string field, string reason)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(reason, (await Forms.ParseAsync(response)).Text($"span[data-valmsg-for='{field}']"));
    }

    [Theory]
    [MemberData(nameof(Guessable))]
    public async Task Adding_a_member_refuses_it_with_the_reason(string password, string reason)
    {
        await AssertRefusedAsync(await AddMemberAsync(password), "Password", reason);

        Assert.DoesNotContain(MemberEmail, await Client.GetStringAsync("/team"));
        Assert.Contains("can now sign in", (await Forms.ParseAsync(await AddMemberAsync(Strong))).Text(".notice"));
    }

    [Theory]
    [MemberData(nameof(Guessable))]
    public async Task Changing_ones_own_password_refuses_it_with_the_reason(string password, string reason)
    {
        await AssertRefusedAsync(await ChangeOwnPasswordAsync(password), NewPasswordValidator.NewField, reason);

        Assert.Equal(HttpStatusCode.Redirect, (await ChangeOwnPasswordAsync(Strong)).StatusCode);
    }

    [Fact]
    public async Task A_password_built_from_ones_own_name_is_refused()
    {
        var account = await Client.GetPageAsync("/account");
        await Client.PostFormAsync("/account", account, new Dictionary<string, string> { ["DisplayName"] = "Zoé Quillardet", ["Language"] = "en" });

        await AssertRefusedAsync(await ChangeOwnPasswordAsync("Quillardet tide 42"), NewPasswordValidator.NewField, PasswordStrength.BuiltFromContext);
    }

    [Theory]
    [MemberData(nameof(Guessable))]
    public async Task A_reset_link_refuses_it_with_the_reason(string password, string reason)
    {
        await AddMemberAsync(Strong);
        var team = await Client.GetPageAsync("/team");
        var action = team.QuerySelectorAll("tr").Single(r => r.TextContent.Contains(MemberEmail))
            .QuerySelectorAll("form").Single(f => f.GetAttribute("action")!.Contains("handler=ResetLink")).GetAttribute("action")!;
        var issued = await Forms.ParseAsync(await Client.PostFormAsync(action, team, new Dictionary<string, string>()));
        var link = new Uri(((AngleSharp.Html.Dom.IHtmlInputElement)issued.QuerySelector("#reset-link")!).Value).AbsolutePath;
        var visitor = App.CreateClient(new() { AllowAutoRedirect = false });

        async Task<HttpResponseMessage> SetAsync(string chosen) => await visitor.PostFormAsync(link, await visitor.GetPageAsync(link),
            new Dictionary<string, string> { ["NewPassword"] = chosen, ["ConfirmNewPassword"] = chosen });

        await AssertRefusedAsync(await SetAsync(password), NewPasswordValidator.NewField, reason);
        Assert.Contains("Your password is set", (await Forms.ParseAsync(await SetAsync("copper meadow violin 77"))).Text("h1"));
    }
}
