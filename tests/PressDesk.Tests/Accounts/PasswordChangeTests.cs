using System.Net;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Accounts;

public class PasswordChangeTests : AppTest
{
    private const string NewPassword = "harbour violet compass 77";

    private static async Task<HttpResponseMessage> ChangeAsync(HttpClient client, string current, string replacement, string? confirmation = null)
    {
        var page = await client.GetPageAsync("/account");
        return await client.PostFormAsync("/account", page, new Dictionary<string, string>
        {
            ["CurrentPassword"] = current,
            ["NewPassword"] = replacement,
            ["ConfirmNewPassword"] = confirmation ?? replacement,
        }, "Password");
    }

    private HttpClient Anonymous() => App.CreateClient(new() { AllowAutoRedirect = false });

    [Fact]
    public async Task A_wrong_current_password_is_refused_inline_and_changes_nothing()
    {
        var phone = await App.CreateSignedInClientAsync();

        var refused = await ChangeAsync(Client, "not my password at all", NewPassword);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await Forms.ParseAsync(refused);
        Assert.Contains("not your current password", page.Text("span[data-valmsg-for='CurrentPassword']"));
        Assert.Equal(HttpStatusCode.OK, (await phone.GetAsync("/")).StatusCode);   // the other session still stands
        Assert.Equal(HttpStatusCode.Redirect, (await Anonymous().SignInAsync(PressDeskApp.OwnerEmail, PressDeskApp.OwnerPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Anonymous().SignInAsync(PressDeskApp.OwnerEmail, NewPassword)).StatusCode);   // refused
    }

    [Fact]
    public async Task A_weak_or_mistyped_new_password_is_refused_inline()
    {
        var weak = await Forms.ParseAsync(await ChangeAsync(Client, PressDeskApp.OwnerPassword, "password2024"));
        Assert.Contains("common", weak.Text("span[data-valmsg-for='NewPassword']"));

        var mistyped = await Forms.ParseAsync(await ChangeAsync(Client, PressDeskApp.OwnerPassword, NewPassword, NewPassword + "!"));
        Assert.Contains("differ", mistyped.Text("span[data-valmsg-for='ConfirmNewPassword']"));

        Assert.Equal(HttpStatusCode.Redirect, (await Anonymous().SignInAsync(PressDeskApp.OwnerEmail, PressDeskApp.OwnerPassword)).StatusCode);
    }

    [Fact]
    public async Task A_change_ends_the_other_sessions_but_not_this_one()
    {
        var phone = await App.CreateSignedInClientAsync();
        Assert.Equal(HttpStatusCode.OK, (await phone.GetAsync("/")).StatusCode);

        var changed = await ChangeAsync(Client, PressDeskApp.OwnerPassword, NewPassword);

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        var page = await Client.GetPageAsync("/account");
        Assert.Contains("Your password is changed", page.Text("#password .notice"));
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync("/")).StatusCode);
        var other = await phone.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, other.StatusCode);
        Assert.StartsWith("/signin", other.Headers.Location!.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, (await Anonymous().SignInAsync(PressDeskApp.OwnerEmail, PressDeskApp.OwnerPassword)).StatusCode);   // refused
        Assert.Equal(HttpStatusCode.Redirect, (await Anonymous().SignInAsync(PressDeskApp.OwnerEmail, NewPassword)).StatusCode);
    }
}
