using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using PressDesk.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PressDesk.Tests.Callbacks;

// The callbacks section in a real browser on a phone and a desktop: a refused time comes back with
// its message beside the field, a promise counted as the response stops the clock, the dashboard
// lists it; every page on the way passes axe. Screenshots go to PRESSDESK_SCREENSHOTS when set.
[Collection(SharedBrowser.Name)]
public sealed class CallbackBrowserTests(Infrastructure.Browser browser) : IAsyncLifetime
{
    private static readonly string[] Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
    private readonly PressDeskApp _app = new();
    private readonly string? _screenshots = Environment.GetEnvironmentVariable("PRESSDESK_SCREENSHOTS");
    private string _baseUrl = "";

    public Task InitializeAsync()
    {
        _baseUrl = Infrastructure.Browser.Serve(_app);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [InlineData(390, 844, ColorScheme.Light)]
    [InlineData(1280, 800, ColorScheme.Light)]
    [InlineData(390, 844, ColorScheme.Dark)]
    [InlineData(1280, 800, ColorScheme.Dark)]
    public async Task A_callback_is_promised_from_the_request_page_and_listed_on_the_dashboard(int width, int height, ColorScheme scheme)
    {
        var requestId = await LogAsync();
        await using var context = await browser.Instance.NewContextAsync(new()
        {
            BaseURL = _baseUrl, TimezoneId = "UTC", ViewportSize = new() { Width = width, Height = height }, ColorScheme = scheme,
        });
        var shot = $"{width}{(scheme == ColorScheme.Dark ? "-dark" : "")}";
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/requests/{requestId}");
        await page.GetByLabel("Email").FillAsync(PressDeskApp.OwnerEmail);
        await page.GetByLabel("Password").FillAsync(PressDeskApp.OwnerPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.Locator("#callbacks")).ToBeVisibleAsync();
        var violations = new List<string>(await AxeAsync(page, "request page"));

        // A time already past is refused, with the message beside the field.
        var now = _app.Clock.GetUtcNow();
        await page.GetByLabel("Call back at").FillAsync(Local(now.AddMinutes(-30)));
        await page.GetByLabel("Note for the callback (optional)").FillAsync("Ask about <b>February</b>");
        await page.GetByRole(AriaRole.Button, new() { Name = "Schedule the callback" }).ClickAsync();
        await Expect(page.Locator("#callback-at-error")).ToContainTextAsync("is in the past: a callback is a time still to come.");
        await Expect(page.GetByLabel("Note for the callback (optional)")).ToHaveValueAsync("Ask about <b>February</b>");
        violations.AddRange(await AxeAsync(page, "refused callback"));
        await ShotAsync(page, $"callback-refused-{shot}", null);

        // A good time, counted as the response: back on the request page, the clock stopped.
        var at = now.AddHours(1);
        await page.GetByLabel("Call back at").FillAsync(Local(at));
        await page.GetByLabel("This counts as my response").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Schedule the callback" }).ClickAsync();
        await Expect(page.Locator("#corrected")).ToContainTextAsync("and recorded as your response.");
        await Expect(page.Locator("#status")).ToHaveTextAsync("Responded");
        await Expect(page.Locator("#callback-list li")).ToContainTextAsync(["Scheduled"]);
        await Expect(page.Locator("#callback-list")).ToContainTextAsync("Ask about <b>February</b>");
        violations.AddRange(await AxeAsync(page, "request page with a callback"));
        await ShotAsync(page, $"callback-section-{shot}", "#callbacks");
        await ShotAsync(page, $"callback-request-{shot}", null);

        await page.GotoAsync("/");
        var item = page.Locator("#upcoming-callbacks li");
        await Expect(item).ToContainTextAsync(at.UtcDateTime.ToString("HH:mm", CultureInfo.InvariantCulture));
        await Expect(item).ToContainTextAsync("Zoé <b>Roux</b> · Le <i>Temps</i>");
        violations.AddRange(await AxeAsync(page, "dashboard"));
        await ShotAsync(page, $"callback-dashboard-{shot}", null);

        // Done, from the request page: the dashboard no longer lists it.
        await page.GotoAsync($"/requests/{requestId}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Done" }).ClickAsync();
        await Expect(page.Locator("#corrected")).ToHaveTextAsync("Callback marked done.");
        await page.GotoAsync("/");
        await Expect(page.Locator("#upcoming-callbacks")).ToHaveCountAsync(0);

        Assert.True(violations.Count == 0, string.Join('\n', violations));
    }

    private async Task<long> LogAsync()
    {
        using var api = new HttpClient { BaseAddress = new Uri(_baseUrl) };
        api.DefaultRequestHeaders.Authorization = new("Bearer", PressDeskApp.ApiKey);
        var now = _app.Clock.GetUtcNow();
        var created = await api.PostAsJsonAsync("/api/requests", new
        {
            journalist = new { name = "Zoé <b>Roux</b>", outlet = "Le <i>Temps</i>", phone = "06 12 34 56 78" },
            topic = "Heat pumps this winter", question = "Will the subsidy last?", channel = "phone",
            receivedAt = now.AddMinutes(-6), deadline = now.AddHours(4),
        }, JsonSerializerOptions.Web);
        created.EnsureSuccessStatusCode();
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
    }

    // The test app reads and shows times in UTC (PressDesk:TimeZone), as the browser's zone is.
    private static string Local(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    private static async Task<IEnumerable<string>> AxeAsync(IPage page, string where)
    {
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. Tags] } });
        return result.Violations.SelectMany(v => v.Nodes.Select(n => $"{where}: {v.Id} ({v.Impact}) {v.Help} — {n.Html}"));
    }

    private async Task ShotAsync(IPage page, string name, string? selector)
    {
        if (_screenshots is null) return;
        Directory.CreateDirectory(_screenshots);
        var path = Path.Combine(_screenshots, name + ".png");
        if (selector is null) await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        else await page.Locator(selector).ScreenshotAsync(new() { Path = path });
    }
}
