using Microsoft.Playwright;
using PressDesk.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PressDesk.Tests.Web;

// The API keys page: the header to send reads as text, and a new key (shown once) can be copied.
[Collection(SharedBrowser.Name)]
public sealed class ApiKeyCopyBrowserTests(Infrastructure.Browser browser) : BrowserTest(browser, new())
{
    [Fact]
    public async Task The_hint_shows_the_whole_header_and_a_new_key_is_copied_to_the_clipboard()
    {
        await Page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        var key = await CreateKeyAsync();

        await Page.GetByRole(AriaRole.Button, new() { Name = "Copy" }).ClickAsync();

        await Expect(Page.Locator(".copy-status")).ToHaveTextAsync("Copied.");
        Assert.Equal(key, await Page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
    }

    [Fact]
    public async Task Without_a_clipboard_the_key_is_selected_for_ctrl_c()
    {
        await Page.AddInitScriptAsync("delete Navigator.prototype.clipboard");
        var key = await CreateKeyAsync();

        await Page.GetByRole(AriaRole.Button, new() { Name = "Copy" }).ClickAsync();

        await Expect(Page.Locator(".copy-status")).ToContainTextAsync("press Ctrl+C");
        Assert.Equal(key, await Page.EvaluateAsync<string>("() => window.getSelection().toString().trim()"));
    }

    private async Task<string> CreateKeyAsync()
    {
        await Page.GotoAsync("/team/api-keys");
        await SignInAsync();
        await Expect(Page.Locator("main p.hint")).ToContainTextAsync("Authorization: Bearer <key>");
        await Page.GetByLabel("Name").FillAsync("Website form");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Create key" }).ClickAsync();
        var key = (await Page.Locator("#new-key").TextContentAsync())!.Trim();
        Assert.StartsWith("pd_", key);
        return key;
    }
}
