using System.Globalization;
using Microsoft.Playwright;
using PressDesk.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PressDesk.Tests.Routing;

// Issue 21's flow in a real browser: a member takes a request, sets themselves away from the
// dashboard, and a colleague's open dashboard (a second browser) shows it offered, live, and takes it.
[Collection(SharedBrowser.Name)]
public sealed class TakeAndAwayBrowserTests(Infrastructure.Browser browser)
    : BrowserTest(browser, new(settings: new Dictionary<string, string?> { ["PressDesk:TimeZone"] = Midday.Zone }))
{
    private readonly Infrastructure.Browser _browser = browser;

    [Fact]
    public async Task A_member_takes_a_request_goes_away_and_a_colleague_takes_it_from_the_offer()
    {
        // The owner adds the team over the same socket the browser uses.
        using var owner = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new() }) { BaseAddress = Api.BaseAddress };
        await owner.SignInAsync(PressDeskApp.OwnerEmail, PressDeskApp.OwnerPassword);
        var eve = await SeededTeam.AddMemberAsync(App, owner, "eve@pressdesk.test", "Eve Durand");
        var hugo = await SeededTeam.AddMemberAsync(App, owner, "hugo@pressdesk.test", "Hugo Petit");
        // Everyone works any time, whatever day the test runs (no hours, no public holidays).
        await App.Database.ExecuteAsync("UPDATE users SET holiday_country = ''");
        var logged = await Api.PostJsonAsync("/api/requests", new { journalist = new { name = "Claire Martin", outlet = "Les Echos" }, topic = "Heat pumps subsidy", channel = "phone" });
        var id = (long)(await logged.JsonAsync())["id"]!;

        // Hugo's dashboard is open in another browser, live, before anything happens.
        await using var other = await _browser.Instance.NewContextAsync(new() { BaseURL = Api.BaseAddress!.ToString(), TimezoneId = "UTC" });
        var colleague = await other.NewPageAsync();
        await colleague.GotoAsync("/");
        await SignInAsync(colleague, "hugo@pressdesk.test");
        await Expect(colleague.Locator("#live-status")).ToHaveAttributeAsync("data-state", "live");
        await Expect(colleague.Locator("#needs-someone")).ToHaveCountAsync(0);

        // Eve takes it from the request page.
        await Page.GotoAsync($"/requests/{id}");
        await SignInAsync(Page, "eve@pressdesk.test");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Take it" }).ClickAsync();
        await Expect(Page.Locator("#assignment-message")).ToHaveTextAsync("You have it now.");
        await Expect(Page.Locator("#assignment-history")).ToContainTextAsync("Taken by Eve Durand.");
        await ShootAsync(Page, "request");

        // Then says she is away for an hour, from her dashboard.
        await Page.GotoAsync("/");
        var until = Midday.LocalNow().AddHours(1).ToString("HH:mm", CultureInfo.InvariantCulture);
        await Page.GetByText("I'm away…").ClickAsync();
        await Page.GetByLabel("I'm away until (today)").FillAsync(until);
        await Page.GetByLabel("Note (optional)").FillAsync("Board meeting");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Set me away" }).ClickAsync();
        await Expect(Page.Locator("#away-state")).ToContainTextAsync($"You are away until {until}");
        await Expect(Page.Locator("#needs-someone")).ToHaveCountAsync(0);   // not offered to herself
        await ShootAsync(Page, "dashboard-away");

        // Hugo's dashboard shows it offered without a reload, and he takes it.
        var offer = colleague.Locator($"#needs-someone [data-request-id='{id}']");
        await Expect(offer).ToContainTextAsync("Heat pumps subsidy");
        await Expect(offer).ToContainTextAsync($"away until {until}");
        await ShootAsync(colleague, "dashboard-offered");
        await offer.GetByRole(AriaRole.Button, new() { Name = "Take it" }).ClickAsync();
        await Expect(colleague.Locator("#assignment-message")).ToHaveTextAsync("You have it now.");
        await Expect(colleague.Locator("#needs-someone")).ToHaveCountAsync(0);
        await Expect(colleague.Locator("#open-requests")).ToContainTextAsync("Heat pumps subsidy");
        await ShootAsync(colleague, "dashboard-mine");

        Assert.Equal(hugo, await App.Database.ScalarAsync<long>("SELECT assigned_to FROM requests WHERE id = @id", new { id }));
        Assert.NotEqual(eve, hugo);
    }

    private static async Task SignInAsync(IPage page, string email)
    {
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(SeededTeam.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    // The phone and the desktop sizes, in /work/notes/shots when that folder exists (the notes of the
    // work on issue 21), so a person can look at them; the viewport is put back afterwards.
    private static async Task ShootAsync(IPage page, string name)
    {
        const string folder = "/work/notes/shots";
        if (!Directory.Exists(folder)) return;
        var before = page.ViewportSize;
        foreach (var (width, height) in new[] { (390, 844), (1280, 800) })
        {
            await page.SetViewportSizeAsync(width, height);
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"assignment-{name}-{width}x{height}.png"), FullPage = true });
        }
        if (before is not null) await page.SetViewportSizeAsync(before.Width, before.Height);
    }

    // The app's display zone is chosen so that it is around midday there whenever the test runs:
    // "away until in an hour, today" then never crosses midnight (browser tests run on the real clock).
    private static class Midday
    {
        private static readonly int Offset = (12 - DateTimeOffset.UtcNow.Hour + 24) % 24 is var h && h > 12 ? h - 24 : h;

        // Etc/GMT+N is N hours behind UTC (POSIX sign).
        public static readonly string Zone = Offset == 0 ? "UTC" : $"Etc/GMT{(Offset > 0 ? "-" : "+")}{Math.Abs(Offset)}";

        public static DateTime LocalNow() => DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(Offset)).DateTime;
    }
}
