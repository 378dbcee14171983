using System.Net;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Accounts;

public class SetupTests : IAsyncLifetime
{
    private readonly PressDeskApp _app = new(bootstrap: false);
    private HttpClient _client = null!;

    public Task InitializeAsync()
    {
        _client = _app.CreateClient(new() { AllowAutoRedirect = false });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private async Task<HttpResponseMessage> SetUpAsync(string email, string password, string? confirm = null)
    {
        var page = await _client.GetPageAsync("/setup");
        return await _client.PostFormAsync("/setup", page, new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Password"] = password,
            ["ConfirmPassword"] = confirm ?? password,
        });
    }

    [Fact]
    public async Task A_fresh_install_sends_the_first_visitor_to_setup()
    {
        var home = await _client.GetAsync("/");
        Assert.StartsWith("/signin", home.Headers.Location!.PathAndQuery);

        var signIn = await _client.GetAsync(home.Headers.Location);
        Assert.Equal("/setup", signIn.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Setup_creates_the_owner_signs_them_in_and_then_disappears()
    {
        var response = await SetUpAsync("owner@example.org", "tide lantern orchard 42");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/team")).StatusCode);   // signed in, as the owner
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/setup")).StatusCode);
        var again = await App().CreateClient(new() { AllowAutoRedirect = false }).GetAsync("/setup");
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
    }

    [Fact]
    public async Task A_second_setup_post_after_the_owner_exists_is_404_and_creates_nobody()
    {
        var page = await _client.GetPageAsync("/setup");
        await SetUpAsync("owner@example.org", "tide lantern orchard 42");

        var late = _app.CreateClient(new() { AllowAutoRedirect = false });
        var response = await late.PostFormAsync("/setup", page, new Dictionary<string, string>
        {
            ["Email"] = "intruder@example.org",
            ["Password"] = "another long passphrase",
            ["ConfirmPassword"] = "another long passphrase",
        });

        Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest);
        Assert.Equal(HttpStatusCode.OK, (await late.SignInAsync("intruder@example.org", "another long passphrase")).StatusCode);   // refused, stays on the form
    }

    [Theory]
    [InlineData("owner@example.org", "short", null, "Password", "at least 12")]
    [InlineData("owner@example.org", "password12345678", null, "Password", "common")]
    [InlineData("owner@example.org", "tide lantern orchard 42", "tide lantern orchard 43", "ConfirmPassword", "differ")]
    [InlineData("not-an-email", "tide lantern orchard 42", null, "Email", "not an email")]
    [InlineData("owner@example.org", "P@ssw0rd2026", null, "Password", "small changes")]
    [InlineData("owner@example.org", "pressdesk2026", null, "Password", "app's name")]
    [InlineData("owner@example.org", "qwertyuiopas", null, "Password", "small changes")]
    public async Task Bad_setup_input_is_explained_inline_and_creates_nobody(
        string email, string password, string? confirm, string field, string message)
    {
        var response = await SetUpAsync(email, password, confirm);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, (await Forms.ParseAsync(response)).Text($"span[data-valmsg-for='{field}']"));
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/setup")).StatusCode);   // still nobody
    }

    private PressDeskApp App() => _app;
}
