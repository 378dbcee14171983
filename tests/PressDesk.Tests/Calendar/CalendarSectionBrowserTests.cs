using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using PressDesk.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PressDesk.Tests.Calendar;

// The account page's calendar section in Chromium, on a phone and a desktop: the address in a
// read-only field that the Copy button (reached with the keyboard) puts on the clipboard, the
// regenerate form, and no axe violation. PRESSDESK_SCREENSHOTS names a folder for screenshots.
[Collection(SharedBrowser.Name)]
public sealed class CalendarSectionBrowserTests(Infrastructure.Browser browser) : BrowserTest(browser, new())
{
    private readonly string? _screenshots = Environment.GetEnvironmentVariable("PRESSDESK_SCREENSHOTS");

    [Theory]
    [InlineData(390, 844)]
    [InlineData(1280, 800)]
    public async Task The_address_is_copied_with_the_keyboard_and_the_section_passes_axe(int width, int height)
    {
        await Page.SetViewportSizeAsync(width, height);
        await Page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        await Page.GotoAsync("/account");
        await SignInAsync();
        await Page.GotoAsync("/account#calendar");

        var field = Page.GetByLabel("Address of your calendar");
        var address = await field.InputValueAsync();
        Assert.Matches("/calendar/[A-Za-z0-9_-]{43}\\.ics$", address);
        var copy = Page.Locator("#calendar button[data-copy='calendar-url-mine']");
        await copy.FocusAsync();
        await Page.Keyboard.PressAsync("Enter");
        await Expect(Page.Locator("#calendar .copy-status").First).ToHaveTextAsync("Copied.");
        Assert.Equal(address, await Page.EvaluateAsync<string>("navigator.clipboard.readText()"));

        var result = await Page.Locator("#calendar").RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
        });
        Assert.Empty(result.Violations.Select(v => $"{v.Id}: {v.Help}"));
        if (_screenshots is not null)
        {
            Directory.CreateDirectory(_screenshots);
            await Page.Locator("#calendar summary").ClickAsync();   // the instructions open too
            await Page.Locator("#calendar").ScreenshotAsync(new() { Path = Path.Combine(_screenshots, $"calendar-section-{width}x{height}.png") });
            await Page.ScreenshotAsync(new() { Path = Path.Combine(_screenshots, $"calendar-account-{width}x{height}.png"), FullPage = true });
        }

        // Once seen, the address is not shown again: the section says so and offers a new one.
        await Page.ReloadAsync();
        await Expect(Page.Locator("#calendar-url-mine")).ToHaveCountAsync(0);
        await Expect(Page.Locator("#calendar")).ToContainTextAsync("cannot show it again");
        if (_screenshots is not null)
            await Page.Locator("#calendar").ScreenshotAsync(new() { Path = Path.Combine(_screenshots, $"calendar-section-seen-{width}x{height}.png") });
    }
}
