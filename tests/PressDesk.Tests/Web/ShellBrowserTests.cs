using Microsoft.Playwright;
using PressDesk.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PressDesk.Tests.Web;

// The header on a phone and a desktop, in light and dark, with the CSP as strict as it is.
[Collection(SharedBrowser.Name)]
public sealed class ShellBrowserTests(Infrastructure.Browser browser) : BrowserTest(browser, new())
{
    private readonly List<string> _refused = [];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        // A script or a style the CSP blocks shows up as a console error.
        Page.Console += (_, message) => { if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal)) _refused.Add(message.Text); };
    }

    [Fact]
    public async Task On_a_phone_one_row_header_opens_its_menu_from_the_keyboard_and_escape_closes_it()
    {
        await Page.SetViewportSizeAsync(390, 844);
        await Page.GotoAsync("/");
        await SignInAsync();
        var toggle = Page.Locator("header .menu-toggle");
        var nav = Page.Locator("#site-nav");

        await Expect(toggle).ToBeVisibleAsync();
        await Expect(toggle).ToHaveAttributeAsync("aria-expanded", "false");
        await Expect(nav).ToBeHiddenAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Log a request" })).ToBeVisibleAsync();
        var header = await Page.Locator("header.top").BoundingBoxAsync();
        Assert.True(header!.Height <= 72, $"the phone header is {header.Height}px high");

        await toggle.FocusAsync();
        await Page.Keyboard.PressAsync("Enter");
        await Expect(toggle).ToHaveAttributeAsync("aria-expanded", "true");
        await Expect(nav).ToBeVisibleAsync();
        await Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Dashboard" })).ToHaveAttributeAsync("aria-current", "page");
        await Page.Keyboard.PressAsync("Tab");
        await Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Dashboard" })).ToBeFocusedAsync();

        await Page.Keyboard.PressAsync("Escape");
        await Expect(toggle).ToHaveAttributeAsync("aria-expanded", "false");
        await Expect(nav).ToBeHiddenAsync();
        await Expect(toggle).ToBeFocusedAsync();

        await Page.Keyboard.PressAsync("Space");
        await nav.GetByRole(AriaRole.Link, new() { Name = "Requests" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/requests$"));
        await toggle.ClickAsync();
        await Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Requests" })).ToHaveAttributeAsync("aria-current", "page");
        await Expect(nav.Locator("[aria-current]")).ToHaveCountAsync(1);
        Assert.Empty(_refused);
    }

    [Fact]
    public async Task On_a_desktop_the_links_sit_inline_and_the_menu_button_stays_hidden()
    {
        await Page.SetViewportSizeAsync(1280, 800);
        await Page.GotoAsync("/alerts");
        await SignInAsync();

        await Expect(Page.Locator("header .menu-toggle")).ToBeHiddenAsync();
        await Expect(Page.Locator("#site-nav").GetByRole(AriaRole.Link, new() { Name = "Statistics" })).ToBeVisibleAsync();
        await Expect(Page.Locator("#site-nav").GetByRole(AriaRole.Link, new() { Name = "Alerts" })).ToHaveAttributeAsync("aria-current", "page");
        var header = await Page.Locator("header.top").BoundingBoxAsync();
        Assert.True(header!.Height <= 72, $"the desktop header is {header.Height}px high");
        Assert.Empty(_refused);
    }

    [Fact]
    public async Task Dark_mode_follows_the_system()
    {
        await Page.GotoAsync("/");
        await SignInAsync();
        var light = await BackgroundAsync();

        await Page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Dark });

        Assert.Equal("rgb(246, 247, 249)", light);
        Assert.Equal("rgb(18, 21, 25)", await BackgroundAsync());
        Assert.Empty(_refused);
    }

    [Fact]
    public async Task On_a_phone_table_cells_show_their_column_names_and_on_a_desktop_the_header_row()
    {
        await Page.SetViewportSizeAsync(390, 844);
        await Page.GotoAsync("/team");
        await SignInAsync();
        var member = Page.Locator("main table.table tbody td").First;

        await Expect(Page.Locator("main table.table thead")).ToBeHiddenAsync();
        Assert.Equal("\"Member\"", await member.EvaluateAsync<string>("td => getComputedStyle(td, '::before').content"));

        await Page.SetViewportSizeAsync(1280, 800);
        await Expect(Page.Locator("main table.table thead")).ToBeVisibleAsync();
        Assert.Equal("none", await member.EvaluateAsync<string>("td => getComputedStyle(td, '::before').content"));
    }

    [Fact]
    public async Task Validation_summaries_show_no_empty_bullet_although_the_csp_blocks_their_inline_style()
    {
        var created = await Api.PostAsync("/api/requests", System.Net.Http.Json.JsonContent.Create(
            new { journalist = new { name = "Claire Martin" }, topic = "Grid storage", channel = "phone" }));
        var id = System.Text.Json.JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt64();
        await Page.GotoAsync($"/requests/{id}");
        await SignInAsync();
        Assert.Equal(0, await BlankSummaryPartsAsync());
        Assert.True(await Page.Locator("main .validation-summary-valid li").CountAsync() > 0, "the page has no empty summary to check");

        await Page.GotoAsync("/requests/new");
        await Page.Locator("main form button[type=submit]").First.ClickAsync();
        await Expect(Page.Locator("main .field-validation-error").First).ToBeVisibleAsync();
        Assert.Equal(0, await BlankSummaryPartsAsync());
    }

    // Summaries and their items a person can see that say nothing (the framework's placeholder item).
    private Task<int> BlankSummaryPartsAsync() => Page.EvaluateAsync<int>("""
        () => [...document.querySelectorAll('main [class*=validation-summary], main [class*=validation-summary] li, main [data-valmsg-summary], main [data-valmsg-summary] li')]
          .filter(el => el.getClientRects().length > 0 && el.textContent.trim() === '').length
        """);

    private Task<string> BackgroundAsync() =>
        Page.EvaluateAsync<string>("() => getComputedStyle(document.documentElement).backgroundColor");
}
