using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using PressDesk.Tests.Infrastructure;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace PressDesk.Tests.Web;

// Every main page, as the owner and as a member, on a phone and a desktop, in light and dark, has no
// violation of the WCAG 2.2 A/AA rules axe-core checks. One browser context per role, size and scheme,
// one tab reused across its pages; axe's script is injected through the DevTools protocol, so the
// page's CSP stays as strict as it is.
[Collection(SharedBrowser.Name)]
public sealed class AccessibilityBrowserTests(Infrastructure.Browser browser, ITestOutputHelper output) : IAsyncLifetime
{
    private const string MemberEmail = "member@pressdesk.test";
    private const string MemberPassword = "orchard tide lantern 24";
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

    [Fact]
    public async Task Every_page_for_owner_and_member_on_phone_and_desktop_in_light_and_dark_passes_axe()
    {
        var clock = Stopwatch.StartNew();
        var (requestId, journalistId) = await SeedAsync();
        string[] common =
        [
            "/", "/requests", "/requests/new", $"/requests/{requestId}", $"/requests/{requestId}/edit",
            $"/requests/{requestId}/prep", $"/requests/{requestId}/interview", $"/requests/{requestId}/publication",
            $"/requests/{requestId}/briefing", "/alerts", "/intake", "/statistics", "/journalists",
            $"/journalists/{journalistId}", "/journalists/edit", "/journalists/import", "/outlets", "/outlets/edit",
            "/focus", "/prep/library", "/prep/words", "/account", "/account/calendar", "/no-such-page", "/offline",
        ];
        await AddMemberAsync();
        var memberId = (await _app.Database.QueryAsync<long>("SELECT id FROM users WHERE email = @MemberEmail", new { MemberEmail })).Single();
        var routing = $"/team/members/{memberId}/routing";
        var pages = new Dictionary<string, string[]>
        {
            ["owner"] = [.. common, "/team", routing, "/team/api-keys", "/team/sign-ins", "/settings", "/backups"],
            ["member"] = [.. common, "/team", routing, "/settings", "/backups"],   // the member's 403 pages, and their own routing
        };

        // The eight combinations run side by side: each has its own context (own renderer process).
        var combinations =
            from role in pages.Keys
            from size in new[] { (Width: 390, Height: 844), (Width: 1280, Height: 800) }
            from scheme in new[] { ColorScheme.Light, ColorScheme.Dark }
            select CheckAllAsync(role, pages[role], size.Width, size.Height, scheme, requestId);
        var results = await Task.WhenAll(combinations);
        var violations = results.SelectMany(r => r.Violations).ToList();
        var runs = results.Sum(r => r.Runs);

        output.WriteLine($"{runs} pages checked in {clock.Elapsed.TotalSeconds:0} s");
        Assert.True(violations.Count == 0, $"{violations.Count} accessibility violations:\n" + string.Join('\n', violations.Distinct()));
    }

    private async Task<(List<string> Violations, int Runs)> CheckAllAsync(
        string role, string[] urls, int width, int height, ColorScheme scheme, long requestId)
    {
        var violations = new List<string>();
        await using var context = await browser.Instance.NewContextAsync(new()
        {
            BaseURL = _baseUrl, TimezoneId = "UTC", ViewportSize = new() { Width = width, Height = height }, ColorScheme = scheme,
        });
        var page = await context.NewPageAsync();
        var where = $"{role} {width}x{height} {scheme}";
        await page.GotoAsync("/signin");
        violations.AddRange(await CheckAsync(page, $"{where} /signin"));
        await SignInAsync(page, role == "owner" ? PressDeskApp.OwnerEmail : MemberEmail, role == "owner" ? PressDeskApp.OwnerPassword : MemberPassword);
        foreach (var url in urls)
        {
            await page.GotoAsync(url);
            violations.AddRange(await CheckAsync(page, $"{where} {url}"));
            await ScreenshotAsync(page, role, width, scheme, url, requestId);
        }
        return (violations, urls.Length + 1);
    }

    private static async Task<IEnumerable<string>> CheckAsync(IPage page, string where)
    {
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. Tags] } });
        return result.Violations.SelectMany(v => v.Nodes.Select(n =>
            $"{where}: {v.Id} ({v.Impact}) {v.Help} — {string.Join(" ", n.Target?.ToString())} {Clip(n.Html)}"));
    }

    private static string Clip(string? text) => text is null ? "" : text.Length <= 160 ? text : text[..160] + "…";

    private static async Task SignInAsync(IPage page, string email, string password)
    {
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.Locator("#site-nav")).ToBeAttachedAsync();
    }

    private async Task AddMemberAsync()
    {
        await using var context = await browser.Instance.NewContextAsync(new() { BaseURL = _baseUrl });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/team");
        await SignInAsync(page, PressDeskApp.OwnerEmail, PressDeskApp.OwnerPassword);
        await page.GetByLabel("Email").FillAsync(MemberEmail);
        await page.GetByLabel("Initial password").FillAsync(MemberPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add member" }).ClickAsync();
        await Expect(page.Locator("main table")).ToContainTextAsync(MemberEmail);
    }

    // A request with a journalist, left 20 minutes ago (its warning shows on the dashboard), and one
    // left 40 minutes ago (its breach), so the pages and the alert banners have something to show.
    private async Task<(long Request, long Journalist)> SeedAsync()
    {
        using var api = new HttpClient { BaseAddress = new Uri(_baseUrl) };
        api.DefaultRequestHeaders.Authorization = new("Bearer", PressDeskApp.ApiKey);
        var now = _app.Clock.GetUtcNow();
        (await api.PostAsJsonAsync("/api/requests", new
        {
            journalist = new { name = "Tom Reed", outlet = "Radio Nord", phone = "06 12 34 56 78" },
            topic = "Heat pumps this winter", channel = "voicemail", receivedAt = now.AddMinutes(-40),
        }, JsonSerializerOptions.Web)).EnsureSuccessStatusCode();
        var created = await api.PostAsJsonAsync("/api/requests", new
        {
            journalist = new { name = "Claire Martin", outlet = "Les Echos", email = "c.martin@example.org", phone = "01 23 45 67 89" },
            topic = "The new energy tariff", question = "What changes for households in February?", channel = "email",
            receivedAt = now.AddMinutes(-20),
        }, JsonSerializerOptions.Web);
        created.EnsureSuccessStatusCode();
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        await WaitForBannersAsync(2);
        var id = body.GetProperty("id").GetInt64();
        var journalist = body.TryGetProperty("journalist", out var j) && j.TryGetProperty("id", out var jid) ? jid.GetInt64() : 1;
        return (id, journalist);
    }

    // The alert worker fires the seeded requests' alerts as soon as it sees them (on the real clock).
    private async Task WaitForBannersAsync(int count)
    {
        for (var i = 0; i < 100; i++)
        {
            if ((await _app.Database.QueryAsync<long>("SELECT count(*) FROM alerts")).Single() >= count) return;
            await Task.Delay(100);
        }
        throw new InvalidOperationException($"The alert worker never fired {count} alerts.");
    }

    // Phone-sized pages; the dashboard and the request page on a desktop as well.
    private async Task ScreenshotAsync(IPage page, string role, int width, ColorScheme scheme, string url, long requestId)
    {
        if (_screenshots is null || role != "owner") return;
        var name = url == "/" ? "dashboard" : url == $"/requests/{requestId}" ? "request" : url == "/account" ? "account"
            : url == "/settings" ? "settings" : url == "/offline" ? "offline" : null;
        if (name is null || (width != 390 && name is not ("dashboard" or "request"))) return;
        Directory.CreateDirectory(_screenshots);
        await page.ScreenshotAsync(new() { Path = Path.Combine(_screenshots, $"{name}-{width}-{scheme.ToString().ToLowerInvariant()}.png"), FullPage = true });
    }
}
