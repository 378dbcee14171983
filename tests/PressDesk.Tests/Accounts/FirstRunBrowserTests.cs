using Microsoft.Playwright;
using PressDesk.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PressDesk.Tests.Accounts;

[Collection(SharedBrowser.Name)]
public sealed class FirstRunBrowserTests(Infrastructure.Browser browser) : BrowserTest(browser, new(bootstrap: false))
{
    private const string Email = "expert@example.org";
    private const string Password = "quote me on tariffs 7";


    [Fact]
    public async Task Setup_then_sign_in_log_a_request_and_sign_out_locks_the_dashboard()
    {
        // First visit on a fresh install: the setup page.
        await Page.GotoAsync("/");
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/setup$"));
        await Page.GetByLabel("Email").FillAsync(Email);
        await Page.GetByLabel("Password", new() { Exact = true }).FillAsync(Password);
        await Page.GetByLabel("Password again").FillAsync(Password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Create the owner account" }).ClickAsync();
        await Expect(Page.Locator("h1")).ToHaveTextAsync("Waiting for you");

        // Sign out, then sign in again with the new account.
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/signin"));
        await Page.GetByLabel("Email").FillAsync(Email);
        await Page.GetByLabel("Password").FillAsync(Password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        // Log a request.
        await Page.GetByRole(AriaRole.Link, new() { Name = "Log a request" }).ClickAsync();
        await Page.GetByLabel("Name").FillAsync("Tom Reed");
        await Page.GetByLabel("Topic").FillAsync("Grid storage");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Log request" }).ClickAsync();
        await Expect(Page.Locator("h1")).ToHaveTextAsync("Grid storage");

        // Sign out: the dashboard is gone, even by its address.
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Page.GotoAsync("/");
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/signin\\?ReturnUrl=%2F$"));
        await Expect(Page.GetByText("Grid storage")).ToHaveCountAsync(0);
    }
}
