using Microsoft.Playwright;
using PressDesk.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PressDesk.Tests.Settings;

// The Settings page in Chromium, under the app's strict CSP: a wrong value is marked beside its
// field, a right one is saved and listed, and the browser reports no policy violation.
[Collection(SharedBrowser.Name)]
public sealed class SettingsBrowserTests(Infrastructure.Browser browser) : BrowserTest(browser, new())
{
    [Fact]
    public async Task The_owner_corrects_a_wrong_value_saves_and_sees_the_change_listed()
    {
        var console = new List<string>();
        Page.Console += (_, message) => console.Add(message.Text);
        await Page.GotoAsync(SettingsPage.Url);
        await SignInAsync();
        await Expect(Page.Locator("h1")).ToHaveTextAsync("Settings");

        var form = Page.Locator("form", new() { Has = Page.GetByLabel("Response target (minutes)") });
        await Page.GetByLabel("Response target (minutes)").FillAsync("20");
        await Page.GetByLabel("Warning after (minutes)").FillAsync("25");
        await form.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        var warn = Page.GetByLabel("Warning after (minutes)");
        await Expect(warn).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(Page.Locator($"#{SettingsPage.Field("PressDesk:ResponseTime:WarnAfter")}-error")).ToContainTextAsync("must be shorter than");

        await warn.FillAsync("10");
        await form.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Saved: Response times.");
        await Expect(Page.GetByLabel("Response target (minutes)")).ToHaveValueAsync("20");
        await Expect(Page.Locator("table tbody tr")).ToHaveCountAsync(2);

        Assert.DoesNotContain(console, line => line.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase));
    }
}
