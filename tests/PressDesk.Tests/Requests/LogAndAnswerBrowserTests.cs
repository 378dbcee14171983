using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PressDesk.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PressDesk.Tests.Requests;

[Collection(SharedBrowser.Name)]
public sealed partial class LogAndAnswerBrowserTests(Infrastructure.Browser browser) : BrowserTest(browser, new())
{
    [Fact]
    public async Task A_request_logged_through_the_form_ticks_on_the_dashboard_and_gets_answered()
    {
        var twentyMinutesAgo = DateTime.UtcNow.AddMinutes(-20);

        await Page.GotoAsync("/");
        await SignInAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Log a request" }).ClickAsync();
        await Page.GetByLabel("Name").FillAsync("Claire Martin");
        await Page.GetByLabel("Outlet").FillAsync("Les Echos");
        await Page.GetByLabel("Topic").FillAsync("The new energy tariff");
        await Page.GetByLabel("Question").FillAsync("Will households pay more this winter?");
        await Page.GetByLabel("Channel").SelectOptionAsync("voicemail");
        await Page.GetByLabel("Message left at").FillAsync(twentyMinutesAgo.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Log request" }).ClickAsync();

        await Expect(Page.Locator("h1")).ToHaveTextAsync("The new energy tariff");

        await Page.GetByRole(AriaRole.Link, new() { Name = "Dashboard" }).First.ClickAsync();
        var card = Page.Locator("#open-requests .card").Filter(new() { HasText = "The new energy tariff" });
        await Expect(card).ToHaveAttributeAsync("data-state", "Warning");
        var clock = card.Locator("[data-clock]");
        await Expect(clock).ToHaveTextAsync(Countdown());
        var before = await clock.TextContentAsync();
        await Expect(clock).Not.ToHaveTextAsync(before!);   // it ticks without a reload

        await card.GetByRole(AriaRole.Link).ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Mark responded" }).ClickAsync();

        await Expect(Page.Locator("#status")).ToHaveTextAsync("Responded");
        await Expect(Page.Locator("#response-time")).ToHaveTextAsync(new Regex(@"^(19|20|21) min$"));
        await Page.GotoAsync("/");
        await Expect(Page.Locator("#open-requests")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_refused_field_stops_showing_its_error_once_it_is_corrected()
    {
        await Page.GotoAsync("/requests/new");
        await SignInAsync();
        await Page.GetByLabel("Phone (optional)").FillAsync("call me");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Log request" }).ClickAsync();

        var topicError = Page.Locator("[data-valmsg-for='Input.Topic']");
        var phoneError = Page.Locator("[data-valmsg-for='Input.JournalistPhone']");
        await Expect(topicError).ToHaveTextAsync("Topic is required.");
        await Expect(phoneError).ToContainTextAsync("is not a phone number");

        await Page.GetByLabel("Topic").FillAsync("Grid outage");
        await Expect(topicError).ToBeEmptyAsync();
        await Expect(Page.GetByLabel("Topic")).Not.ToHaveClassAsync(new Regex("input-validation-error"));
        await Expect(phoneError).Not.ToBeEmptyAsync();   // still "call me"

        await Page.GetByLabel("Phone (optional)").FillAsync("01 23 45 67 89");
        await Expect(phoneError).ToBeEmptyAsync();
    }

    [GeneratedRegex(@"^(\d+h )?\d+m \d+s left$")]
    private static partial Regex Countdown();
}
