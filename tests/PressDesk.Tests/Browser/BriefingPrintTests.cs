using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PressDesk.Tests.Briefings;
using PressDesk.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PressDesk.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed partial class BriefingPrintTests(Infrastructure.Browser browser) : IAsyncLifetime
{
    private readonly PressDeskApp _app = new();
    private IBrowserContext _context = null!;
    private IPage _page = null!;
    private HttpClient _api = null!;

    public async Task InitializeAsync()
    {
        var baseUrl = Infrastructure.Browser.Serve(_app);
        _api = new HttpClient { BaseAddress = new Uri(baseUrl) };
        _api.DefaultRequestHeaders.Authorization = new("Bearer", PressDeskApp.ApiKey);
        _context = await browser.Instance.NewContextAsync(new() { BaseURL = baseUrl, TimezoneId = "UTC" });
        _page = await _context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        _api.Dispose();
        await _context.DisposeAsync();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task A_typical_sheet_prints_without_navigation_on_one_A4_page()
    {
        var id = await BriefingSeed.TypicalRequestAsync(_api, DateTimeOffset.UtcNow);

        await _page.GotoAsync($"/requests/{id}");
        await _page.GetByLabel("Email").FillAsync(PressDeskApp.OwnerEmail);
        await _page.GetByLabel("Password").FillAsync(PressDeskApp.OwnerPassword);
        await _page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await _page.GetByRole(AriaRole.Link, new() { Name = "Briefing" }).ClickAsync();
        await Expect(_page.Locator("#sheet h1")).ToHaveTextAsync("Briefing: The new energy tariff");

        await _page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(_page.Locator("header.top")).ToBeHiddenAsync();
        await Expect(_page.Locator("#download")).ToBeHiddenAsync();
        await Expect(_page.Locator("#sheet ol > li")).ToHaveCountAsync(3);
        var screenshot = Path.Combine(Path.GetTempPath(), $"pressdesk-briefing-print-{id}-{Guid.NewGuid():N}.png");
        await _page.ScreenshotAsync(new() { Path = screenshot, FullPage = true });
        Assert.True(new FileInfo(screenshot).Length > 0);
        File.Delete(screenshot);

        foreach (var format in new[] { "A4", "Letter" })
        {
            var pdf = await _page.PdfAsync(new() { Format = format, PrintBackground = false });
            Assert.Single(PageObject().Matches(Encoding.Latin1.GetString(pdf)));
        }
    }

    // Each page of a PDF is one "/Type /Page" object; "/Type /Pages" is the page tree.
    [GeneratedRegex(@"/Type\s*/Page(?!s)")]
    private static partial Regex PageObject();
}
