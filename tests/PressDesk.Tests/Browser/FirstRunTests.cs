using Microsoft.Playwright;
using PressDesk.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PressDesk.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class FirstRunTests(Infrastructure.Browser browser) : IAsyncLifetime
{
    private const string Email = "expert@example.org";
    private const string Password = "quote me on tariffs 7";

    private readonly PressDeskApp _app = new(bootstrap: false);
    private IBrowserContext _context = null!;
    private IPage _page = null!;

    public async Task InitializeAsync()
    {
        var baseUrl = Infrastructure.Browser.Serve(_app);
        _context = await browser.Instance.NewContextAsync(new() { BaseURL = baseUrl, TimezoneId = "UTC" });
        _page = await _context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        await _context.DisposeAsync();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task Setup_then_sign_in_log_a_request_and_sign_out_locks_the_dashboard()
    {
        // First visit on a fresh install: the setup page.
        await _page.GotoAsync("/");
        await Expect(_page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/setup$"));
        await _page.GetByLabel("Email").FillAsync(Email);
        await _page.GetByLabel("Password", new() { Exact = true }).FillAsync(Password);
        await _page.GetByLabel("Password again").FillAsync(Password);
        await _page.GetByRole(AriaRole.Button, new() { Name = "Create the owner account" }).ClickAsync();
        await Expect(_page.Locator("h1")).ToHaveTextAsync("Waiting for you");

        // Sign out, then sign in again with the new account.
        await _page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(_page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/signin"));
        await _page.GetByLabel("Email").FillAsync(Email);
        await _page.GetByLabel("Password").FillAsync(Password);
        await _page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        // Log a request.
        await _page.GetByRole(AriaRole.Link, new() { Name = "Log a request" }).ClickAsync();
        await _page.GetByLabel("Name").FillAsync("Tom Reed");
        await _page.GetByLabel("Topic").FillAsync("Grid storage");
        await _page.GetByRole(AriaRole.Button, new() { Name = "Log request" }).ClickAsync();
        await Expect(_page.Locator("h1")).ToHaveTextAsync("Grid storage");

        // Sign out: the dashboard is gone, even by its address.
        await _page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await _page.GotoAsync("/");
        await Expect(_page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/signin\\?ReturnUrl=%2F$"));
        await Expect(_page.GetByText("Grid storage")).ToHaveCountAsync(0);
    }
}
