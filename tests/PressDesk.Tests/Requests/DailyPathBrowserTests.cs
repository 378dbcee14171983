using System.Globalization;
using Microsoft.Playwright;
using PressDesk.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PressDesk.Tests.Requests;

// The day with PressDesk on a phone, through the whole path: log with a phone number, call from the
// dashboard card, see what was said before, prepare without losing anything, reopen a response
// marked too early, record the interview, correct the time the message was left, and find the
// request again by an accent-free search.
[Collection(SharedBrowser.Name)]
public sealed class DailyPathBrowserTests(Infrastructure.Browser browser) : BrowserTest(browser, new())
{
    [Fact]
    public async Task The_whole_daily_path_works_on_a_phone()
    {
        await Page.SetViewportSizeAsync(390, 844);
        var now = DateTime.UtcNow;

        // Earlier, Hélène was told something off the record, and she never agreed to it.
        var earlier = (long)(await (await Api.PostJsonAsync("/api/requests", new
        {
            journalist = new { name = "Hélène Dupré", outlet = "Libération" }, topic = "Grid outage", channel = "phone",
            receivedAt = DateTimeOffset.UtcNow.AddHours(-3),
        })).JsonAsync())["id"]!;
        await Api.PostJsonAsync($"/api/requests/{earlier}/response", new { respondedAt = DateTimeOffset.UtcNow.AddHours(-3).AddMinutes(10) });

        await Page.GotoAsync($"/requests/{earlier}/interview");
        await SignInAsync();
        await Page.Locator("#st-0-text").FillAsync("The merger is off.");
        await Page.Locator("#st-0-level").SelectOptionAsync("OffRecord");
        await Page.Locator("select[name='Statements[0].Agreement']").SelectOptionAsync("No");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save the interview" }).ClickAsync();

        // She calls again: logged with her number.
        await Page.GotoAsync("/requests/new");
        await Page.GetByLabel("Journalist you know").SelectOptionAsync(new SelectOptionValue { Label = "Hélène Dupré — Libération" });
        await Page.GetByLabel("Phone (optional)").FillAsync("01 23 45 67 89");
        await Page.GetByLabel("Topic").FillAsync("Énergie nucléaire");
        await Page.GetByLabel("Message left at").FillAsync(now.AddMinutes(-10).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Log request" }).ClickAsync();
        await Expect(Page.Locator("h1")).ToHaveTextAsync("Énergie nucléaire");
        var url = Page.Url;

        // The dashboard card: tap to call, and the badge for what was said before.
        await Page.GotoAsync("/");
        var card = Page.Locator("#open-requests .card").Filter(new() { HasText = "Énergie nucléaire" });
        await Expect(card.Locator("a.tel")).ToHaveAttributeAsync("href", "tel:+33123456789");
        await Expect(card.Locator("[data-said-before]")).ToHaveAttributeAsync("data-said-before", "1");

        // The top of the request page: the call button and the warning, before the details.
        await Page.GotoAsync(url);
        await Expect(Page.Locator("#call")).ToBeInViewportAsync();
        await Expect(Page.Locator("#earlier-statements")).ToContainTextAsync("The merger is off.");

        // Prep: two key points typed, Mark ready refused, nothing lost after a reload.
        await Page.Locator("#prepare").ClickAsync();
        await Page.Locator("#kp-0").FillAsync("Nuclear keeps the grid stable");
        await Page.Locator("#kp-0-ph-0").FillAsync("Reactors run day and night, whatever the weather.");
        await Page.Locator("#kp-1").FillAsync("Costs are known");
        await Page.Locator("#mark-ready").ClickAsync();
        await Expect(Page.Locator("#keypoints-error")).ToContainTextAsync("exactly three key points");
        await Page.ReloadAsync();
        await Expect(Page.Locator("#kp-0")).ToHaveValueAsync("Nuclear keeps the grid stable");
        await Expect(Page.Locator("#kp-0-ph-0")).ToHaveValueAsync("Reactors run day and night, whatever the weather.");
        await Expect(Page.Locator("#kp-1")).ToHaveValueAsync("Costs are known");

        // The callback, then the interview with statements added in the page.
        await Page.GotoAsync(url);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Mark responded" }).ClickAsync();
        await Expect(Page.Locator("#status")).ToHaveTextAsync("Responded");
        // Marked too early: reopened, then answered for real.
        await Page.Locator("#reopen").ClickAsync();
        await Expect(Page.Locator("#status")).ToHaveTextAsync("Preparing");
        await Expect(Page.Locator("#corrected")).ToContainTextAsync("Reopened");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Mark responded" }).ClickAsync();
        await Expect(Page.Locator("#status")).ToHaveTextAsync("Responded");
        await Page.Locator("#interview-link").ClickAsync();
        await Page.Locator("#st-0-text").FillAsync("Nuclear keeps the grid stable.");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add a statement" }).ClickAsync();
        await Page.Keyboard.TypeAsync("Costs are known for sixty years.");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save the interview" }).ClickAsync();
        await Page.GotoAsync(url);
        await Expect(Page.Locator("#interview-statements li")).ToHaveCountAsync(2);

        // A correction of the time the message was left, kept in the history; its clock moves with it.
        var respondBy = await Page.Locator("#respond-by time").GetAttributeAsync("datetime");
        await Page.Locator("#edit").ClickAsync();
        await Page.GetByLabel("Message left at").FillAsync(now.AddMinutes(-25).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture));
        await Page.Locator("#save-correction").ClickAsync();
        await Expect(Page.Locator("#corrected")).ToContainTextAsync("Message left at");
        await Expect(Page.Locator("#respond-by time")).Not.ToHaveAttributeAsync("datetime", respondBy!);
        await Expect(Page.Locator("#history li[data-field='received_at']")).ToHaveCountAsync(1);

        // Found again by an accent-free search.
        await Page.GotoAsync("/requests?q=energie%20nucl");
        await Expect(Page.Locator("#requests tbody tr")).ToHaveCountAsync(1);
        await Expect(Page.Locator("#requests tbody tr a")).ToHaveTextAsync("Énergie nucléaire");
    }
}
