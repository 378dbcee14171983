using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PressDesk.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PressDesk.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed partial class LogAndAnswerTests(Infrastructure.Browser browser) : IAsyncLifetime
{
    private readonly PressDeskApp _app = new();
    private IBrowserContext _context = null!;
    private IPage _page = null!;
    private string _baseUrl = null!;

    public async Task InitializeAsync()
    {
        _baseUrl = Infrastructure.Browser.Serve(_app);
        _context = await browser.Instance.NewContextAsync(new() { BaseURL = _baseUrl, TimezoneId = "UTC" });
        _page = await _context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        await _context.DisposeAsync();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task A_request_logged_through_the_form_ticks_on_the_dashboard_and_gets_answered()
    {
        var twentyMinutesAgo = DateTime.UtcNow.AddMinutes(-20);

        await _page.GotoAsync("/");
        await _page.GetByLabel("Email").FillAsync(PressDeskApp.OwnerEmail);
        await _page.GetByLabel("Password").FillAsync(PressDeskApp.OwnerPassword);
        await _page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await _page.GetByRole(AriaRole.Link, new() { Name = "Log a request" }).ClickAsync();
        await _page.GetByLabel("Name").FillAsync("Claire Martin");
        await _page.GetByLabel("Outlet").FillAsync("Les Echos");
        await _page.GetByLabel("Topic").FillAsync("The new energy tariff");
        await _page.GetByLabel("Question").FillAsync("Will households pay more this winter?");
        await _page.GetByLabel("Channel").SelectOptionAsync("voicemail");
        await _page.GetByLabel("Message left at").FillAsync(twentyMinutesAgo.ToString("yyyy-MM-ddTHH:mm"));
        await _page.GetByRole(AriaRole.Button, new() { Name = "Log request" }).ClickAsync();

        await Expect(_page.Locator("h1")).ToHaveTextAsync("The new energy tariff");

        await _page.GetByRole(AriaRole.Link, new() { Name = "Dashboard" }).First.ClickAsync();
        var card = _page.Locator("#open-requests .card").Filter(new() { HasText = "The new energy tariff" });
        await Expect(card).ToHaveAttributeAsync("data-state", "Warning");
        var clock = card.Locator("[data-clock]");
        await Expect(clock).ToHaveTextAsync(Countdown());
        var before = await clock.TextContentAsync();
        await Expect(clock).Not.ToHaveTextAsync(before!);   // it ticks without a reload

        await card.GetByRole(AriaRole.Link).ClickAsync();
        await _page.GetByRole(AriaRole.Button, new() { Name = "Mark responded" }).ClickAsync();

        await Expect(_page.Locator("#status")).ToHaveTextAsync("Responded");
        await Expect(_page.Locator("#response-time")).ToHaveTextAsync(new Regex(@"^(19|20|21) min$"));
        await _page.GotoAsync("/");
        await Expect(_page.Locator("#open-requests")).ToHaveCountAsync(0);
    }

    [GeneratedRegex(@"^\d+:\d\d left$")]
    private static partial Regex Countdown();
}
