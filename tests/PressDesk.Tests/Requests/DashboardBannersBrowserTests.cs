using Microsoft.Playwright;
using PressDesk.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PressDesk.Tests.Requests;

// Short clocks, so a request's warning and then its breach fall due a few seconds after it is logged.
[Collection(SharedBrowser.Name)]
public sealed class DashboardBannersBrowserTests(Infrastructure.Browser browser) : BrowserTest(browser, new(settings: new Dictionary<string, string?>
    {
        ["PressDesk:ResponseTime:WarnAfter"] = "00:00:02",
        ["PressDesk:ResponseTime:Target"] = "00:00:06",
    }))
{
    [Fact]
    public async Task The_desktop_notification_button_goes_away_once_permission_is_granted()
    {
        await Page.GotoAsync("/");
        await SignInAsync();
        var enable = Page.GetByRole(AriaRole.Button, new() { Name = "Turn on desktop notifications" });
        await Expect(enable).ToBeVisibleAsync();

        await Page.Context.GrantPermissionsAsync(["notifications"]);
        await enable.ClickAsync();

        await Expect(enable).ToBeHiddenAsync();
    }

    [Fact]
    public async Task A_live_breach_replaces_the_warning_banner_of_the_same_request_and_a_dismissal_survives_a_reload()
    {
        await Page.GotoAsync("/");
        await SignInAsync();
        await Expect(Page.Locator("#live-status")).ToHaveAttributeAsync("data-state", "live");
        var loads = 0;
        Page.Load += (_, _) => loads++;

        await Api.PostJsonAsync("/api/requests", new { journalist = new { name = "Tom Reed", outlet = "Radio Nord" }, topic = "Heat pumps", channel = "voicemail" });

        var banners = Page.Locator("#live-alerts .live-alert");
        await Expect(banners).ToHaveAttributeAsync("data-kind", "warning", new() { Timeout = 15_000 });
        await Expect(banners).ToHaveAttributeAsync("data-kind", "breach", new() { Timeout = 15_000 });
        await Expect(banners).ToHaveCountAsync(1);
        await Expect(banners).ToContainTextAsync("Response target missed: Tom Reed (Radio Nord)");
        Assert.Equal(0, loads);

        // Dismiss with the keyboard alone.
        await Page.GetByRole(AriaRole.Button, new() { Name = "Dismiss Response target missed: Tom Reed (Radio Nord)" }).FocusAsync();
        await Page.Keyboard.PressAsync("Enter");
        await Expect(banners).ToHaveCountAsync(0);
        Assert.Equal(0, loads);

        await Page.ReloadAsync();
        await Expect(Page.Locator("#live-status")).ToHaveAttributeAsync("data-state", "live");
        await Expect(banners).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Dismiss_works_without_script_too()
    {
        await Api.PostJsonAsync("/api/requests", new
        {
            journalist = new { name = "Tom Reed" }, topic = "Heat pumps", channel = "voicemail",
            receivedAt = App.Clock.GetUtcNow().AddMinutes(-1),
        });
        var context = await Page.Context.Browser!.NewContextAsync(new() { BaseURL = Api.BaseAddress!.ToString(), JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByLabel("Email").FillAsync(PressDeskApp.OwnerEmail);
        await page.GetByLabel("Password").FillAsync(PressDeskApp.OwnerPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        var banners = page.Locator("#live-alerts .live-alert");
        await Expect(banners).ToHaveCountAsync(1);

        await banners.GetByRole(AriaRole.Button).ClickAsync();

        await Expect(page).ToHaveURLAsync(Api.BaseAddress!.ToString());
        await Expect(banners).ToHaveCountAsync(0);
        await context.DisposeAsync();
    }
}
