using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using PressDesk.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PressDesk.Tests.Interviews;

[Collection(SharedBrowser.Name)]
public sealed class InterviewLedgerBrowserTests(Infrastructure.Browser browser) : BrowserTest(browser, new())
{
    [Fact]
    public async Task Statement_blocks_are_added_and_removed_in_the_page_renumbered_and_focused()
    {
        var id = await AnsweredRequestAsync();
        await Page.GotoAsync($"/requests/{id}/interview");
        await SignInAsync();
        var blocks = Page.Locator("#statements fieldset.statement");
        await Expect(blocks).ToHaveCountAsync(1);

        await Page.Locator("#st-0-text").FillAsync("First statement, on the record.");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add a statement" }).ClickAsync();
        await Expect(Page.Locator("#st-1-text")).ToBeFocusedAsync();
        await Page.Keyboard.TypeAsync("Second statement, to be removed.");
        await Page.Locator("#add-statement").ClickAsync();
        await Expect(Page.Locator("#st-2-text")).ToBeFocusedAsync();
        await Page.Keyboard.TypeAsync("Third statement, off the record.");
        await Page.Locator("#st-2-level").SelectOptionAsync("OffRecord");
        await Expect(Page.Locator("label[for='st-2-level']")).ToHaveCountAsync(1);

        await Page.Locator("#statement-1 [data-remove-statement]").ClickAsync();
        await Expect(blocks).ToHaveCountAsync(2);
        await Expect(Page.Locator("#st-1-text")).ToBeFocusedAsync();
        await Expect(Page.Locator("#st-1-text")).ToHaveValueAsync("Third statement, off the record.");
        await Expect(Page.Locator("#st-1-text")).ToHaveAttributeAsync("name", "Statements[1].Text");
        await Expect(Page.Locator("#statement-1 legend")).ToHaveTextAsync("Statement 2");
        await Expect(Page.Locator("#st-1-level")).ToHaveValueAsync("OffRecord");

        await Page.Locator("#statement-1 [data-remove-statement]").ClickAsync();
        await Expect(Page.Locator("#add-statement")).ToBeFocusedAsync();

        await Page.Locator("#add-statement").ClickAsync();
        await Page.Keyboard.TypeAsync("Another statement, off the record.");
        await Page.Locator("#st-1-level").SelectOptionAsync("OffRecord");
        await Page.Locator("#save-interview").ClickAsync();
        await Expect(Page.Locator("#saved")).ToBeVisibleAsync();
        await Expect(blocks).ToHaveCountAsync(2);
        await Expect(Page.Locator("#st-0-text")).ToHaveValueAsync("First statement, on the record.");
        await Expect(Page.Locator("#st-1-text")).ToHaveValueAsync("Another statement, off the record.");
        await Expect(Page.Locator("#st-1-level")).ToHaveValueAsync("OffRecord");
    }

    [Fact]
    public async Task Ticking_a_quote_on_a_statement_not_on_the_record_warns_in_the_page()
    {
        var id = await AnsweredRequestAsync();
        await Page.GotoAsync($"/requests/{id}/interview");
        await SignInAsync();
        var warning = Page.Locator("#st-0-quote-warning [data-quote-warning]");
        await Expect(Page.Locator("#st-0-quote-warning")).ToHaveAttributeAsync("aria-live", "polite");

        await Page.Locator("#st-0-text").FillAsync("The regulator is split on the cap.");
        await Page.Locator("#st-0-quote").CheckAsync();
        await Expect(warning).ToBeHiddenAsync();
        await Page.Locator("#st-0-level").SelectOptionAsync("Background");
        await Expect(warning).ToBeVisibleAsync();
        await Page.Locator("#st-0-quote").UncheckAsync();
        await Expect(warning).ToBeHiddenAsync();

        await Page.Locator("#st-0-quote").CheckAsync();
        await Page.Locator("#save-interview").ClickAsync();
        await Expect(Page.Locator("[data-valmsg-for='Statements[0].IsQuote']")).ToContainTextAsync("must be on the record");
        await Page.Locator("#st-0-quote-confirmed").CheckAsync();
        await Page.Locator("#save-interview").ClickAsync();
        await Expect(Page.Locator("#saved")).ToBeVisibleAsync();
    }

    private async Task<long> AnsweredRequestAsync()
    {
        var created = await Api.PostAsJsonAsync("/api/requests", new
        {
            journalist = new { name = "Claire Martin", outlet = "Les Echos" },
            topic = "The new energy tariff",
            channel = "phone",
        }, JsonSerializerOptions.Web);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        (await Api.PostAsJsonAsync($"/api/requests/{id}/response", new { }, JsonSerializerOptions.Web)).EnsureSuccessStatusCode();
        return id;
    }

    [Theory]
    [InlineData(390, 844)]    // a phone
    [InlineData(1280, 800)]   // a desktop
    public async Task Record_an_interview_produce_the_quote_check_and_record_the_publication(int width, int height)
    {
        await Page.SetViewportSizeAsync(width, height);
        var created = await Api.PostAsJsonAsync("/api/requests", new
        {
            journalist = new { name = "Claire Martin", outlet = "Les Echos" },
            topic = "The new energy tariff",
            channel = "phone",
        }, JsonSerializerOptions.Web);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        (await Api.PostAsJsonAsync($"/api/requests/{id}/response", new { }, JsonSerializerOptions.Web)).EnsureSuccessStatusCode();

        await Page.GotoAsync($"/requests/{id}");
        await SignInAsync();

        await Page.Locator("#interview-link").ClickAsync();
        await Page.Locator("#st-0-text").FillAsync("Households will pay 8% more from February.");
        await Page.Locator("#st-0-quote").CheckAsync();
        await Page.Locator("#add-statement").ClickAsync();
        await Page.Locator("#st-1-text").FillAsync("The board will replace the chief executive in March.");
        await Page.Locator("#st-1-level").SelectOptionAsync("OffRecord");
        await Page.Locator("#st-1-agreement").SelectOptionAsync("No");
        await Page.Locator("#save-interview").ClickAsync();
        await Expect(Page.Locator("#saved")).ToBeVisibleAsync();

        await Page.GetByRole(AriaRole.Link, new() { Name = "Quote check" }).First.ClickAsync();
        var message = Page.Locator("#quote-check-text");
        await Expect(message).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("Households will pay 8% more from February"));
        Assert.DoesNotContain("chief executive", await message.InputValueAsync());
        Assert.StartsWith("mailto:", await Page.Locator("#quote-check-mailto").GetAttributeAsync("href"));

        await Page.GotoAsync($"/requests/{id}/publication");
        await Page.Locator("#Input_Title").FillAsync("Tariffs: what changes in February");
        await Page.Locator("#quoted").CheckAsync();
        await Page.Locator("#Input_ArticleText").FillAsync("An insider said the board will REPLACE the chief exécutive in March!");
        await Page.Locator("#save-publication").ClickAsync();
        await Expect(Page.Locator("#leak-flag")).ToContainTextAsync("Leak: 1");

        await Page.GotoAsync($"/requests/{id}");
        await Expect(Page.Locator("#status")).ToHaveTextAsync("Published");
    }
}
