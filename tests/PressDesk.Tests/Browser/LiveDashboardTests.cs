using Microsoft.Playwright;
using PressDesk.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PressDesk.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class LiveDashboardTests(Infrastructure.Browser browser) : IAsyncLifetime
{
    // Short clocks so a warning falls due a few seconds after the request is logged, in real time.
    private readonly PressDeskApp _app = new(settings: new Dictionary<string, string?>
    {
        ["PressDesk:ResponseTime:WarnAfter"] = "00:00:03",
        ["PressDesk:ResponseTime:Target"] = "00:10:00",
    });
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
    public async Task A_request_and_its_alert_arrive_on_an_open_dashboard_without_a_reload()
    {
        await _page.GotoAsync("/");
        await _page.GetByLabel("Email").FillAsync(PressDeskApp.OwnerEmail);
        await _page.GetByLabel("Password").FillAsync(PressDeskApp.OwnerPassword);
        await _page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(_page.Locator("#live-status")).ToHaveAttributeAsync("data-state", "live");
        var loads = 0;
        _page.Load += (_, _) => loads++;

        // An integration logs a request through the API while the dashboard is open.
        var api = new HttpClient { BaseAddress = new Uri(_page.Url) };
        api.DefaultRequestHeaders.Authorization = new("Bearer", PressDeskApp.ApiKey);
        await api.PostJsonAsync("/api/requests", new
        {
            journalist = new { name = "Tom Reed", outlet = "Radio Nord" },
            topic = "Heat pumps",
            channel = "voicemail",
        });

        var card = _page.Locator("#open-requests .card").Filter(new() { HasText = "Heat pumps" });
        await Expect(card).ToBeVisibleAsync();
        var alert = _page.Locator(".live-alert[data-kind=warning]");
        await Expect(alert).ToContainTextAsync("Call back soon: Tom Reed (Radio Nord)", new() { Timeout = 15_000 });
        await Expect(card).ToHaveAttributeAsync("data-state", "Warning");
        Assert.Equal(0, loads);
    }
}
