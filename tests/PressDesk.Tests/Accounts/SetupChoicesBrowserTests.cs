using PressDesk.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PressDesk.Tests.Accounts;

// The browser's zone reaches the setup form through wwwroot/js/browser-time-zone.js (the CSP allows
// no inline script), in a browser set to Tokyo and French, on a server that does not set a zone.
[Collection(SharedBrowser.Name)]
public sealed class SetupChoicesBrowserTests(Infrastructure.Browser browser) : BrowserTest(browser, new(bootstrap: false, settings: new Dictionary<string, string?> { ["PressDesk:TimeZone"] = null }))
{
    private readonly Infrastructure.Browser _browser = browser;
    private const string Email = "expert@example.org";
    private const string Password = "quote me on tariffs 7";

    [Fact]
    public async Task Setup_starts_on_the_browsers_time_zone_and_language_and_stores_them()
    {
        await using var context = await _browser.Instance.NewContextAsync(new()
        {
            BaseURL = Api.BaseAddress!.ToString(), TimezoneId = "Asia/Tokyo", Locale = "fr-FR",
        });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) => { if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal)) errors.Add(message.Text); };
        page.PageError += (_, error) => errors.Add(error);

        await page.GotoAsync("/setup");

        await Expect(page.Locator("select[name=TimeZone]")).ToHaveValueAsync("Asia/Tokyo");
        await Expect(page.Locator("select[name=Language]")).ToHaveValueAsync("fr");
        await page.Locator("input[name=Email]").FillAsync(Email);
        await page.Locator("input[name=Password]").FillAsync(Password);
        await page.Locator("input[name=ConfirmPassword]").FillAsync(Password);
        await page.Locator("button[type=submit]").ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/$"));

        Assert.Equal("fr", await App.Database.ScalarAsync<string>("SELECT language FROM users"));
        Assert.Equal("Asia/Tokyo", await App.Database.ScalarAsync<string>("SELECT value FROM settings WHERE key = 'PressDesk:TimeZone'"));
        Assert.Empty(errors);   // no CSP violation, no script error
    }
}
