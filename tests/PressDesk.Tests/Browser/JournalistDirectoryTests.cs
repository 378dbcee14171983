using Microsoft.Playwright;
using PressDesk.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PressDesk.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class JournalistDirectoryTests(Infrastructure.Browser browser) : IAsyncLifetime
{
    private readonly PressDeskApp _app = new();
    private IBrowserContext _context = null!;
    private IPage _page = null!;

    public async Task InitializeAsync()
    {
        var baseUrl = Infrastructure.Browser.Serve(_app);
        _context = await browser.Instance.NewContextAsync(new() { BaseURL = baseUrl, TimezoneId = "UTC" });
        _page = await _context.NewPageAsync();

        // Two journalists who called, answered, so nothing blocks a pitch.
        using var api = new HttpClient { BaseAddress = new Uri(baseUrl) };
        api.DefaultRequestHeaders.Authorization = new("Bearer", PressDeskApp.ApiKey);
        foreach (var (name, outlet) in new[] { ("Claire Martin", "Les Echos"), ("Paul Durand", "Le Monde") })
        {
            var created = await (await api.PostJsonAsync("/api/requests", new
            {
                journalist = new { name, outlet }, topic = "Energy prices", channel = "phone", receivedAt = DateTimeOffset.UtcNow.AddDays(-3),
            })).JsonAsync();
            (await api.PostJsonAsync($"/api/requests/{created["id"]}/response", new { respondedAt = DateTimeOffset.UtcNow.AddDays(-3).AddMinutes(10) })).EnsureSuccessStatusCode();
        }
    }

    public async Task DisposeAsync()
    {
        await _context.DisposeAsync();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task Search_the_directory_open_a_journalist_log_a_pitch_and_see_the_cooldown_warning()
    {
        await _page.GotoAsync("/");
        await _page.GetByLabel("Email").FillAsync(PressDeskApp.OwnerEmail);
        await _page.GetByLabel("Password").FillAsync(PressDeskApp.OwnerPassword);
        await _page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await _page.GetByRole(AriaRole.Link, new() { Name = "Journalists", Exact = true }).First.ClickAsync();
        await _page.GetByLabel("Name or email").FillAsync("claire");
        await _page.Keyboard.PressAsync("Enter");
        await Expect(_page.Locator("#directory tbody tr")).ToHaveCountAsync(1);

        await _page.GetByRole(AriaRole.Link, new() { Name = "Claire Martin" }).ClickAsync();
        await Expect(_page.Locator("h1")).ToHaveTextAsync("Claire Martin");
        await Expect(_page.Locator("#reasonable-from")).ToHaveTextAsync("A pitch would be reasonable now.");

        await _page.GetByLabel("Subject").FillAsync("Our winter energy outlook");
        await _page.GetByRole(AriaRole.Button, new() { Name = "Log pitch" }).ClickAsync();
        await Expect(_page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Pitch logged.");
        await Expect(_page.Locator("#pitch-list tbody tr")).ToHaveCountAsync(1);

        await _page.GetByLabel("Subject").FillAsync("A second idea");
        await _page.GetByRole(AriaRole.Button, new() { Name = "Log pitch" }).ClickAsync();
        await Expect(_page.Locator("#pitch-warnings [data-warning=Cooldown]")).ToContainTextAsync("Too soon: you pitched Claire Martin");
        await Expect(_page.Locator("#pitch-list tbody tr")).ToHaveCountAsync(1);

        await _page.GetByRole(AriaRole.Button, new() { Name = "Log it anyway" }).ClickAsync();
        await Expect(_page.Locator("#pitch-list tbody tr")).ToHaveCountAsync(2);
        await Expect(_page.Locator("#pitch-list")).ToContainTextAsync("logged past the warning");
    }
}
