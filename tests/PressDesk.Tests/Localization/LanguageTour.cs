using System.Text;
using Microsoft.Playwright;
using PressDesk.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PressDesk.Tests.Localization;

// The main path through PressDesk in one language, collecting every text a person can read on
// each page (visible text, placeholders, titles, labels for screen readers) and failing on any
// text of the other language. Set PRESSDESK_SCREENSHOTS to a folder to keep a phone and a desktop
// screenshot of every page.
public abstract class LanguageTour(Infrastructure.Browser browser, string culture) : BrowserTest(browser, new(settings: new Dictionary<string, string?>
    {
        ["PressDesk:Culture"] = culture,
        ["PressDesk:ResponseTime:WarnAfter"] = "00:00:03",
        ["PressDesk:ResponseTime:Target"] = "00:10:00",
    }))
{
    private readonly ForeignText _foreign = ForeignText.For(culture);
    private readonly List<string> _found = [];
    private readonly string? _screenshots = Environment.GetEnvironmentVariable("PRESSDESK_SCREENSHOTS");

    protected override string Locale => culture;

    protected abstract TourData Data { get; }

    protected async Task WalkAsync()
    {
        await Page.SetViewportSizeAsync(390, 844);
        await SetupAsync();

        await Page.GotoAsync("/");
        await ReadAsync("signin");
        await Page.Locator("input[name=Email]").FillAsync(PressDeskApp.OwnerEmail);
        await Page.Locator("input[name=Password]").FillAsync(PressDeskApp.OwnerPassword);
        await Page.Locator("main form button[type=submit]").ClickAsync();
        await Expect(Page.Locator("#live-status")).ToHaveAttributeAsync("data-state", "live");

        // A request arrives while the dashboard is open; its warning falls due three seconds later.
        var id = (long)(await (await Api.PostJsonAsync("/api/requests", new
        {
            journalist = new { name = Data.Journalist, outlet = Data.Outlet, email = "c.martin@example.org", phone = "01 23 45 67 89" },
            topic = Data.Topic, question = Data.Question, channel = "email",
        })).JsonAsync())["id"]!;
        await Expect(Page.Locator(".live-alert[data-kind=warning]")).ToBeVisibleAsync(new() { Timeout = 15_000 });
        // The live countdown, in the browser's own words for the units.
        await Expect(Page.Locator("#open-requests [data-clock]").First).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(Data.Countdown));
        await ReadAsync("dashboard");

        await Page.GotoAsync("/requests/new");
        await Page.Locator("main form button[type=submit]").First.ClickAsync();
        await ReadAsync("request-form-errors");

        await Page.GotoAsync($"/requests/{id}");
        await ReadAsync("request");

        await Page.GotoAsync($"/requests/{id}/prep");
        await Page.Locator("#kp-0").FillAsync(Data.KeyPoint);
        await Page.Locator("#kp-0-ph-0").FillAsync(Data.Jargon);
        await Expect(Page.Locator(".hint-list li").First).ToBeVisibleAsync();
        await ReadAsync("prep");

        await Api.PostJsonAsync($"/api/requests/{id}/response", new { respondedAt = DateTimeOffset.UtcNow });
        await Page.GotoAsync($"/requests/{id}/interview");
        await Page.Locator("#st-0-text").FillAsync(Data.Quote);
        await Page.Locator("#st-0-level").SelectOptionAsync("OnRecord");
        await Page.Locator("#st-0-quote").CheckAsync();
        await ReadAsync("interview");
        await Page.Locator("#save-interview").ClickAsync();
        await Expect(Page.Locator("#saved")).ToBeVisibleAsync();

        await Page.GotoAsync($"/requests/{id}/quote-check");
        await ReadAsync("quote-check");
        await Page.GotoAsync($"/requests/{id}/briefing");
        await ReadAsync("briefing");
        await Page.GotoAsync($"/requests/{id}/publication");
        await ReadAsync("publication");

        await Page.GotoAsync("/journalists");
        await ReadAsync("journalists");
        await Page.GetByRole(AriaRole.Link, new() { Name = Data.Journalist, Exact = true }).First.ClickAsync();
        await ReadAsync("journalist");

        await Page.GotoAsync("/journalists/import");
        await Page.Locator("#file").SetInputFilesAsync(new FilePayload
        {
            Name = "contacts.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(Data.Csv),
        });
        await Page.Locator("#file").Locator("xpath=ancestor::form").Locator("button[type=submit]").ClickAsync();
        await Expect(Page.Locator("#import-summary")).ToBeVisibleAsync();
        await ReadAsync("import-preview");

        foreach (var (name, path) in new[]
                 {
                     ("requests", "/requests"), ("alerts", "/alerts"), ("intake", "/intake"), ("statistics", "/statistics"),
                     ("team", "/team"), ("api-keys", "/team/api-keys"), ("sign-ins", "/team/sign-ins"), ("account", "/account"),
                     ("outlets", "/outlets"), ("focus", "/focus"), ("library", "/prep/library"), ("words", "/prep/words"),
                     ("error", "/Error"),
                 })
        {
            await Page.GotoAsync(path);
            await ReadAsync(name);
        }

        Assert.True(_found.Count == 0, $"Texts of the other language on {culture} pages:\n" + string.Join('\n', _found.Distinct()));
    }

    // The setup page of a fresh install, its errors, and the first (empty) dashboard.
    private async Task SetupAsync()
    {
        await using var fresh = new PressDeskApp(bootstrap: false, settings: new Dictionary<string, string?> { ["PressDesk:Culture"] = culture });
        var page = Page;
        await Page.GotoAsync(Infrastructure.Browser.Serve(fresh) + "/setup");
        await Page.Locator("main form button[type=submit]").ClickAsync();
        await ReadAsync("setup-errors");
        await Page.Locator("input[name=Email]").FillAsync("expert@example.org");
        await Page.Locator("input[name=Password]").FillAsync("quote me on tariffs 7");
        await Page.Locator("input[name=ConfirmPassword]").FillAsync("quote me on tariffs 7");
        await Page.Locator("main form button[type=submit]").ClickAsync();
        await Expect(Page.Locator("#live-status")).ToBeAttachedAsync();
        await ReadAsync("first-dashboard");
        Assert.Same(page, Page);
    }

    private async Task ReadAsync(string name)
    {
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var text = await Page.EvaluateAsync<string>(ReadableText);
        foreach (var foreign in _foreign.In(text)) _found.Add($"{name}: \"{foreign}\"");
        Assert.Equal(Languages(culture), await Page.Locator("html").GetAttributeAsync("lang"));
        if (_screenshots is null) return;
        Directory.CreateDirectory(_screenshots);
        var prefix = Path.Combine(_screenshots, $"{culture}-{name}");
        await File.WriteAllTextAsync($"{prefix}.txt", text);
        await Page.ScreenshotAsync(new() { Path = $"{prefix}-390.png", FullPage = true });
        await Page.SetViewportSizeAsync(1280, 800);
        await Page.ScreenshotAsync(new() { Path = $"{prefix}-1280.png", FullPage = true });
        await Page.SetViewportSizeAsync(390, 844);
    }

    private static string Languages(string culture) => culture[..2];

    // What a person reads: the visible text, and the words given to screen readers and tooltips.
    // Code (configuration keys, file names) is in no language, and a text marked as another
    // language (a language's own name, a message for a journalist who reads English) is meant
    // to be in it, so both are hidden while the text is read.
    private const string ReadableText = """
        () => {
          const lang = document.documentElement.lang.slice(0, 2);
          const aside = [...document.querySelectorAll('code, kbd, samp, body [lang]')]
            .filter(el => !el.matches('[lang]') || el.lang.slice(0, 2) !== lang);
          // (A select's innerText lists its options whatever their style, so those are emptied.)
          const kept = aside.map(el => [el, el.style.display, el.textContent]);
          for (const el of aside) if (el.tagName === 'OPTION') el.textContent = ''; else el.style.display = 'none';
          const parts = [document.title, document.body.innerText];
          for (const [el, display, text] of kept) if (el.tagName === 'OPTION') el.textContent = text; else el.style.display = display;
          for (const el of document.querySelectorAll('[placeholder],[title],[aria-label],[alt]'))
            for (const name of ['placeholder', 'title', 'aria-label', 'alt'])
              if (el.getAttribute(name)) parts.push(el.getAttribute(name));
          for (const el of document.querySelectorAll('input[type=submit],input[type=button]')) parts.push(el.value);
          return parts.join('\n');
        }
        """;
}

public sealed record TourData(string Journalist, string Outlet, string Topic, string Question, string KeyPoint, string Jargon, string Quote, string Csv, string Countdown);

[Collection(SharedBrowser.Name)]
public sealed class FrenchTourBrowserTests(Infrastructure.Browser browser) : LanguageTour(browser, "fr-FR")
{
    protected override TourData Data => new(
        "Claire Martin", "Les Echos", "Hausse du tarif réglementé", "Combien paiera un foyer moyen en février ?",
        "Le tarif augmente de 4 %", "Il est important de noter que nous allons peut-être optimiser les synergies.",
        "Le tarif augmentera de 4 % le 1er février.",
        "nom;média;courriel\nLéa Fournier;Le Monde;lea.fournier@example.org\n",
        @"^\d+\s?min \d+\s?s restant$");

    [Fact]
    public Task A_French_user_never_meets_English() => WalkAsync();
}

[Collection(SharedBrowser.Name)]
public sealed class EnglishTourBrowserTests(Infrastructure.Browser browser) : LanguageTour(browser, "en-GB")
{
    protected override TourData Data => new(
        "Tom Reed", "Radio North", "Regulated tariff rise", "How much will an average household pay in February?",
        "The tariff rises by 4%", "We are committed to leveraging best-in-class solutions going forward.",
        "The tariff rises by 4% on 1 February.",
        "name,outlet,email\nAmy Hart,The Courier,amy.hart@example.org\n",
        @"^\d+m \d+s left$");

    [Fact]
    public Task An_English_user_never_meets_French() => WalkAsync();
}
