using PressDesk.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PressDesk.Tests.Web;

// The main flow with the keyboard alone: every field and button is reached with Tab (in the
// page's order, never by a click or a programmatic focus), typed into, and pressed with Enter.
[Collection(SharedBrowser.Name)]
public sealed class KeyboardFlowBrowserTests(Infrastructure.Browser browser) : BrowserTest(browser, new())
{
    [Fact]
    public async Task Log_prepare_respond_and_record_the_interview_with_the_keyboard_alone()
    {
        await Page.SetViewportSizeAsync(1280, 800);
        await Page.GotoAsync("/");
        await TypeAtAsync("input[name=Email]", PressDeskApp.OwnerEmail);
        await TypeAtAsync("input[name=Password]", PressDeskApp.OwnerPassword);
        await Page.Keyboard.PressAsync("Enter");
        await Expect(Page.Locator("#live-status")).ToBeAttachedAsync();

        // Log a request.
        await PressAtAsync("a.log");
        await TypeAtAsync("[name='Input.JournalistName']", "Tom Reed");
        await TypeAtAsync("[name='Input.Topic']", "Heat pumps");
        await Page.Keyboard.PressAsync("Enter");
        await Expect(Page.Locator("h1")).ToHaveTextAsync("Heat pumps");
        var request = new Uri(Page.Url).AbsolutePath;

        // Prepare three key points, each with a phrasing, and mark the prep ready.
        await PressAtAsync("#prepare");
        for (var i = 0; i < 3; i++)
        {
            await TypeAtAsync($"#kp-{i}", $"Key point {i + 1}");
            await TypeAtAsync($"#kp-{i}-ph-0", $"Heat pumps cut bills by {i + 2}0 % in a typical flat.");
        }
        await PressAtAsync("#mark-ready");
        // A ready prep goes back to the request page; a refused one would stay on the prep.
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(System.Text.RegularExpressions.Regex.Escape(request) + "#prep$"));

        // Marked responded.
        await PressAtAsync("#mark-responded");
        await Expect(Page.Locator("#status")).ToHaveTextAsync("Responded");

        // The interview, one statement, saved.
        await PressAtAsync("#interview-link");
        await TypeAtAsync("#st-0-text", "Heat pumps pay for themselves in seven years.");
        await PressAtAsync("#save-interview");
        await Expect(Page.Locator("#saved")).ToBeVisibleAsync();
        await Page.GotoAsync(request);
        await Expect(Page.Locator("#interview-statements li")).ToHaveCountAsync(1);
    }

    private async Task TypeAtAsync(string selector, string text)
    {
        await TabToAsync(selector);
        await Page.Keyboard.TypeAsync(text);
    }

    // Each button and link of this flow leads to another page; the next Tab waits for it.
    private async Task PressAtAsync(string selector)
    {
        await TabToAsync(selector);
        // Obsolete in favour of waiting for a URL, but a post that redirects to the same URL
        // (Mark responded) has no new URL to wait for.
#pragma warning disable CS0612
        await Page.RunAndWaitForNavigationAsync(() => Page.Keyboard.PressAsync("Enter"));
#pragma warning restore CS0612
    }

    // Presses Tab until the element has the focus; fails if a whole round of the page never reaches it.
    private async Task TabToAsync(string selector)
    {
        for (var presses = 0; presses < 120; presses++)
        {
            if (await Page.EvaluateAsync<bool>("s => document.activeElement?.matches(s) ?? false", selector)) return;
            await Page.Keyboard.PressAsync("Tab");
        }
        Assert.Fail($"{selector} cannot be reached with Tab on {new Uri(Page.Url).AbsolutePath}.");
    }
}
