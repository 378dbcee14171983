using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PressDesk.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PressDesk.Tests.Briefings;

[Collection(SharedBrowser.Name)]
public sealed partial class BriefingPrintBrowserTests(Infrastructure.Browser browser) : BrowserTest(browser, new())
{
    [Fact]
    public async Task A_typical_sheet_prints_without_navigation_on_one_A4Page()
    {
        var id = await BriefingSeed.TypicalRequestAsync(Api, DateTimeOffset.UtcNow);

        await Page.GotoAsync($"/requests/{id}");
        await SignInAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Briefing" }).ClickAsync();
        await Expect(Page.Locator("#sheet h1")).ToHaveTextAsync("Briefing: The new energy tariff");

        await Page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(Page.Locator("header.top")).ToBeHiddenAsync();
        await Expect(Page.Locator("#download")).ToBeHiddenAsync();
        await Expect(Page.Locator("#sheet ol > li")).ToHaveCountAsync(3);
        var screenshot = Path.Combine(Path.GetTempPath(), $"pressdesk-briefing-print-{id}-{Guid.NewGuid():N}.png");
        await Page.ScreenshotAsync(new() { Path = screenshot, FullPage = true });
        Assert.True(new FileInfo(screenshot).Length > 0);
        File.Delete(screenshot);

        foreach (var format in new[] { "A4", "Letter" })
        {
            var pdf = await Page.PdfAsync(new() { Format = format, PrintBackground = false });
            Assert.Single(PageObject().Matches(Encoding.Latin1.GetString(pdf)));
        }
    }

    // Each page of a PDF is one "/Type /Page" object; "/Type /Pages" is the page tree.
    [GeneratedRegex(@"/Type\s*/Page(?!s)")]
    private static partial Regex PageObject();
}
