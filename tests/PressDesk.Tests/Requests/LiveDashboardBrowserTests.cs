using PressDesk.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PressDesk.Tests.Requests;

// Short clocks, so a warning falls due a few seconds after the request is logged, in real time.
[Collection(SharedBrowser.Name)]
public sealed class LiveDashboardBrowserTests(Infrastructure.Browser browser) : BrowserTest(browser, new(settings: new Dictionary<string, string?>
    {
        ["PressDesk:ResponseTime:WarnAfter"] = "00:00:03",
        ["PressDesk:ResponseTime:Target"] = "00:10:00",
    }))
{
    [Fact]
    public async Task A_request_and_its_alert_arrive_on_an_open_dashboard_without_a_reload()
    {
        await Page.GotoAsync("/");
        await SignInAsync();
        await Expect(Page.Locator("#live-status")).ToHaveAttributeAsync("data-state", "live");
        var loads = 0;
        Page.Load += (_, _) => loads++;

        // An integration logs a request through the API while the dashboard is open.
        await Api.PostJsonAsync("/api/requests", new
        {
            journalist = new { name = "Tom Reed", outlet = "Radio Nord" },
            topic = "Heat pumps",
            channel = "voicemail",
        });

        var card = Page.Locator("#open-requests .card").Filter(new() { HasText = "Heat pumps" });
        await Expect(card).ToBeVisibleAsync();
        var alert = Page.Locator(".live-alert[data-kind=warning]");
        await Expect(alert).ToContainTextAsync("Call back soon: Tom Reed (Radio Nord)", new() { Timeout = 15_000 });
        await Expect(card).ToHaveAttributeAsync("data-state", "Warning");
        Assert.Equal(0, loads);
    }
}
