using Microsoft.Playwright;

namespace PressDesk.Tests.Infrastructure;

// A PressDesk on a real loopback socket, a fresh browser context in the shared Chromium, and an
// API-key client for seeding data through the API, as an integration would.
public abstract class BrowserTest(Browser browser, PressDeskApp app) : IAsyncLifetime
{
    private IBrowserContext _context = null!;

    protected PressDeskApp App => app;

    protected IPage Page { get; private set; } = null!;

    protected HttpClient Api { get; private set; } = null!;

    // The browser's language (Accept-Language, Intl); null keeps Chromium's default, English.
    protected virtual string? Locale => null;

    public virtual async Task InitializeAsync()
    {
        // Chromium judges cookies and runs the page's countdowns on the machine's clock, so the
        // app it talks to must too: a fake app clock would sign the browser out on some dates.
        if (app.Time is not null)
            throw new InvalidOperationException("Browser tests run the app on the real clock; do not give it a FakeTimeProvider.");
        var baseUrl = Browser.Serve(app);
        Api = new HttpClient { BaseAddress = new Uri(baseUrl) };
        Api.DefaultRequestHeaders.Authorization = new("Bearer", PressDeskApp.ApiKey);
        _context = await browser.Instance.NewContextAsync(new() { BaseURL = baseUrl, TimezoneId = "UTC", Locale = Locale });
        Page = await _context.NewPageAsync();
    }

    public virtual async Task DisposeAsync()
    {
        Api.Dispose();
        await _context.DisposeAsync();
        await app.DisposeAsync();
    }

    // Fills the sign-in form the page was redirected to.
    protected async Task SignInAsync(string email = PressDeskApp.OwnerEmail, string password = PressDeskApp.OwnerPassword)
    {
        await Page.GetByLabel("Email").FillAsync(email);
        await Page.GetByLabel("Password").FillAsync(password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }
}
