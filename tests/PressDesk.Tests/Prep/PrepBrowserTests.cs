using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PressDesk.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PressDesk.Tests.Prep;

[Collection(SharedBrowser.Name)]
public sealed partial class PrepBrowserTests(Infrastructure.Browser browser) : BrowserTest(browser, new())
{
    private async Task<long> LogAsync(string topic)
    {
        var response = await Api.PostAsJsonAsync("/api/requests", new
        {
            journalist = new { name = "Claire Martin", outlet = "Les Echos" },
            topic,
            question = "Will households pay more this winter?",
            channel = "phone",
        }, JsonSerializerOptions.Web);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
    }

    private async Task SignInAtAsync(string url)
    {
        await Page.GotoAsync(url);
        await SignInAsync();
    }

    [Theory]
    [InlineData(390, 844)]    // a phone
    [InlineData(1280, 800)]   // a desktop
    public async Task Three_key_points_with_live_hints_make_a_ready_prep_shown_on_the_request(int width, int height)
    {
        await Page.SetViewportSizeAsync(width, height);
        var id = await LogAsync("The new energy tariff");

        await SignInAtAsync($"/requests/{id}");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Prepare" }).ClickAsync();

        await Expect(Page.Locator("h1")).ToHaveTextAsync("Prepare the callback");
        await Expect(Page.Locator("#prep-timer [data-elapsed]")).ToHaveTextAsync(Elapsed());
        await Page.GetByLabel("The message to get across").Nth(0).FillAsync("Bills rise in February");
        await Page.Locator("#kp-0-ph-0").FillAsync("Households will pay 8% more for electricity from the first of February.");
        await Page.GetByLabel("The message to get across").Nth(1).FillAsync("The poorest are shielded");
        await Page.Locator("#kp-1-ph-0").FillAsync("The 3 million homes on the social tariff pay nothing extra.");
        await Page.GetByLabel("The message to get across").Nth(2).FillAsync("Insulation pays back");

        // Typed key by key, as a person would: the hints follow while typing.
        var hedged = Page.Locator("#kp-2-ph-0");
        await hedged.PressSequentiallyAsync(
            "Well, it depends, maybe insulation is sort of worth it for some people in some houses, " +
            "more or less, if the works are done properly and the prices of energy stay roughly where they are now.");
        var hints = Page.Locator("#kp-2-ph-0-hints");
        await Expect(hints.Locator("li[data-kind=hedging]")).ToContainTextAsync("“it depends”");
        await Expect(hints.Locator("li[data-kind=length]")).ToContainTextAsync("Too long to be quoted");
        await Expect(hints.Locator(".measure")).ToContainTextAsync("about");
        await Expect(Page.Locator("#kp-0-ph-0-hints li")).ToHaveCountAsync(0);

        Assert.True(await Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"),
            "the prep page scrolls sideways");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Mark ready" }).ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex($"/requests/{id}#prep$"));
        await Expect(Page.Locator("#prep")).ToHaveAttributeAsync("data-ready", "true");
        await Expect(Page.Locator("#prep-key-points .key-point-text"))
            .ToHaveTextAsync(["Bills rise in February", "The poorest are shielded", "Insulation pays back"]);
        await Expect(Page.Locator("#status")).ToHaveTextAsync("Preparing");
    }

    [Fact]
    public async Task An_earlier_phrasing_is_searched_inserted_and_edited_on_a_phone()
    {
        await Page.SetViewportSizeAsync(390, 844);
        var first = await LogAsync("Energy tariff in February");
        await Api.PutAsJsonAsync($"/api/requests/{first}/prep", new
        {
            keyPoints = new[]
            {
                new { text = "Bills rise in February", phrasings = new[] { "Households will pay 8% more from the first of February." } },
                new { text = "The poorest are shielded", phrasings = new[] { "The 3 million homes on the social tariff pay nothing extra." } },
                new { text = "Insulation pays back", phrasings = new[] { "Insulating a loft saves 300 euros a year." } },
            },
            ready = true,
        }, JsonSerializerOptions.Web);
        var second = await LogAsync("Energy bills this winter");

        await SignInAtAsync($"/requests/{second}/prep");
        await Page.Locator("#kp-0-ph-0").FocusAsync();
        await Page.GetByLabel("Search the message library").FillAsync("households");
        await Page.GetByLabel("Search the message library").PressAsync("Enter");
        await Page.Locator("#library-results li").Filter(new() { HasText = "Households will pay 8%" })
            .GetByRole(AriaRole.Button, new() { Name = "Insert" }).ClickAsync();

        var phrasing = Page.Locator("#kp-0-ph-0");
        await Expect(phrasing).ToHaveValueAsync("Households will pay 8% more from the first of February.");
        await Expect(Page.Locator("#kp-0")).ToHaveValueAsync("Bills rise in February");
        await phrasing.FillAsync("Households will pay 9% more from the first of March.");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();

        await Expect(Page.Locator("#saved")).ToBeVisibleAsync();
        await Expect(Page.Locator("#kp-0-ph-0")).ToHaveValueAsync("Households will pay 9% more from the first of March.");
        var prep = (await Api.GetFromJsonAsync<JsonElement>($"/api/requests/{second}")).GetProperty("prep");
        Assert.Equal(first, prep.GetProperty("reused")[0].GetProperty("fromRequestId").GetInt64());
    }

    [Fact]
    public async Task Typed_key_points_are_saved_as_you_type_and_come_back_after_a_reload_on_a_phone()
    {
        await Page.SetViewportSizeAsync(390, 844);
        var id = await LogAsync("Energy bills this winter");

        await SignInAtAsync($"/requests/{id}/prep");
        await Page.GetByLabel("The message to get across").Nth(0).FillAsync("Bills rise in February");
        await Page.Locator("#kp-0-ph-0").FillAsync("Households will pay 8% more from the first of February.");
        await Page.GetByLabel("The message to get across").Nth(1).FillAsync("The poorest are shielded");

        var status = Page.Locator("#save-status");
        await Expect(status).ToHaveAttributeAsync("aria-live", "polite");
        await Expect(status).ToHaveTextAsync(SavedAt());
        await Page.ReloadAsync();

        await Expect(Page.Locator("#kp-0")).ToHaveValueAsync("Bills rise in February");
        await Expect(Page.Locator("#kp-0-ph-0")).ToHaveValueAsync("Households will pay 8% more from the first of February.");
        await Expect(Page.Locator("#kp-1")).ToHaveValueAsync("The poorest are shielded");
        await Expect(status).ToBeEmptyAsync();
    }

    [GeneratedRegex(@"^Saved at \d\d:\d\d$")]
    private static partial Regex SavedAt();

    [GeneratedRegex(@"^\d+:\d\d$")]
    private static partial Regex Elapsed();
}
