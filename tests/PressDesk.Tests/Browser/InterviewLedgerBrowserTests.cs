using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using PressDesk.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PressDesk.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class InterviewLedgerBrowserTests(Infrastructure.Browser browser) : IAsyncLifetime
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

    [Theory]
    [InlineData(390, 844)]    // a phone
    [InlineData(1280, 800)]   // a desktop
    public async Task Record_an_interview_produce_the_quote_check_and_record_the_publication(int width, int height)
    {
        await _page.SetViewportSizeAsync(width, height);
        var created = await _api.PostAsJsonAsync("/api/requests", new
        {
            journalist = new { name = "Claire Martin", outlet = "Les Echos" },
            topic = "The new energy tariff",
            channel = "phone",
        }, JsonSerializerOptions.Web);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        (await _api.PostAsJsonAsync($"/api/requests/{id}/response", new { }, JsonSerializerOptions.Web)).EnsureSuccessStatusCode();

        await _page.GotoAsync($"/requests/{id}");
        await _page.GetByLabel("Email").FillAsync(PressDeskApp.OwnerEmail);
        await _page.GetByLabel("Password").FillAsync(PressDeskApp.OwnerPassword);
        await _page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await _page.Locator("#interview-link").ClickAsync();
        await _page.Locator("#st-0-text").FillAsync("Households will pay 8% more from February.");
        await _page.Locator("#st-0-quote").CheckAsync();
        await _page.Locator("#st-1-text").FillAsync("The board will replace the chief executive in March.");
        await _page.Locator("#st-1-level").SelectOptionAsync("OffRecord");
        await _page.Locator("#st-1-agreement").SelectOptionAsync("No");
        await _page.Locator("#save-interview").ClickAsync();
        await Expect(_page.Locator("#saved")).ToBeVisibleAsync();

        await _page.GetByRole(AriaRole.Link, new() { Name = "Quote check" }).First.ClickAsync();
        var message = _page.Locator("#quote-check-text");
        await Expect(message).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("Households will pay 8% more from February"));
        Assert.DoesNotContain("chief executive", await message.InputValueAsync());
        Assert.StartsWith("mailto:", await _page.Locator("#quote-check-mailto").GetAttributeAsync("href"));

        await _page.GotoAsync($"/requests/{id}/publication");
        await _page.Locator("#Input_Title").FillAsync("Tariffs: what changes in February");
        await _page.Locator("#quoted").CheckAsync();
        await _page.Locator("#Input_ArticleText").FillAsync("An insider said the board will REPLACE the chief exécutive in March!");
        await _page.Locator("#save-publication").ClickAsync();
        await Expect(_page.Locator("#leak-flag")).ToContainTextAsync("Leak: 1");

        await _page.GotoAsync($"/requests/{id}");
        await Expect(_page.Locator("#status")).ToHaveTextAsync("Published");
    }
}
