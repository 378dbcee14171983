using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PressDesk.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PressDesk.Tests.Routing;

// The owner, in Chromium, sets a member's hours from the Team page: a night range typed the wrong
// way round is named beside its day, corrected, saved, and the Team page then lists the new hours.
// With PRESSDESK_SCREENSHOTS set, the page is saved there on a phone and on a desktop.
[Collection(SharedBrowser.Name)]
public sealed class MemberRoutingBrowserTests(Infrastructure.Browser browser) : BrowserTest(browser, new())
{
    private const string MemberEmail = "eve@pressdesk.test";
    private readonly string? _screenshots = Environment.GetEnvironmentVariable("PRESSDESK_SCREENSHOTS");

    [Fact]
    public async Task The_owner_sets_a_members_hours_from_the_Team_page()
    {
        await Page.GotoAsync("/team");
        await SignInAsync();
        await Page.GetByLabel("Email").FillAsync(MemberEmail);
        await Page.GetByLabel("Initial password").FillAsync(SeededTeam.Password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add member" }).ClickAsync();
        var eve = await App.Database.ScalarAsync<long>("SELECT id FROM users WHERE email = @MemberEmail", new { MemberEmail });
        await App.Database.ExecuteAsync("UPDATE users SET display_name = 'Eve Durand' WHERE id = @eve", new { eve });
        foreach (var (name, words) in new[] { ("Énergie", "energy"), ("Santé", "health"), ("Transports", "rail") })
            await App.Database.ExecuteAsync(
                "INSERT INTO focus_areas (name, keywords, created_at, updated_at) VALUES (@name, @words, 0, 0)", new { name, words });
        await SeededTeam.OfficeHoursAsync(App, eve);

        await Page.GotoAsync("/team");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Routing settings of Eve Durand" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Routing: Eve Durand" })).ToBeVisibleAsync();
        await Page.GetByLabel("Énergie").CheckAsync();
        await Page.GetByLabel("Saturday").FillAsync("22h-2h");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        var saturday = Page.GetByLabel("Saturday");
        await Expect(saturday).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(Page.Locator("#hours-saturday-error")).ToContainTextAsync("Saturday: 22:00–02:00 ends before it starts");
        await ShotAsync("routing-error");

        await saturday.FillAsync("10:00–12:00");
        await Page.GetByLabel("Time zone").SelectOptionAsync("Europe/Brussels");
        await Page.GetByLabel("Public holidays").SelectOptionAsync(new SelectOptionValue { Label = "Belgium" });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("The routing settings are saved.");
        await Expect(Page.GetByLabel("Saturday")).ToHaveValueAsync("10:00–12:00");
        await ShotAsync("routing");

        await Page.GotoAsync("/team");
        var row = Page.Locator("main tbody tr", new() { HasText = MemberEmail });
        await Expect(row.Locator("td[data-label=Areas]")).ToHaveTextAsync("Énergie");
        await Expect(row.Locator("td[data-label=Hours]")).ToContainTextAsync(new Regex("Mon–Fri 09:00–12:30, 13:30–18:00\\s+Sat 10:00–12:00"));
        await Expect(row.Locator("td[data-label=Hours]")).ToContainTextAsync("Europe/Brussels");
        await ShotAsync("team");
    }

    private async Task ShotAsync(string name)
    {
        if (_screenshots is null) return;
        Directory.CreateDirectory(_screenshots);
        foreach (var (width, height) in new[] { (390, 844), (1280, 800) })
        {
            await Page.SetViewportSizeAsync(width, height);
            await Page.ScreenshotAsync(new() { Path = Path.Combine(_screenshots, $"{name}-{width}.png"), FullPage = true });
        }
    }
}
