using Microsoft.Playwright;
using PressDesk.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PressDesk.Tests.Journalists;

[Collection(SharedBrowser.Name)]
public sealed class JournalistDirectoryBrowserTests(Infrastructure.Browser browser) : BrowserTest(browser, new())
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        // Two journalists who called, answered, so nothing blocks a pitch.
        foreach (var (name, outlet) in new[] { ("Claire Martin", "Les Echos"), ("Paul Durand", "Le Monde") })
        {
            var created = await (await Api.PostJsonAsync("/api/requests", new
            {
                journalist = new { name, outlet }, topic = "Energy prices", channel = "phone", receivedAt = DateTimeOffset.UtcNow.AddDays(-3),
            })).JsonAsync();
            (await Api.PostJsonAsync($"/api/requests/{created["id"]}/response", new { respondedAt = DateTimeOffset.UtcNow.AddDays(-3).AddMinutes(10) })).EnsureSuccessStatusCode();
        }
    }

    [Fact]
    public async Task Search_the_directory_open_a_journalist_log_a_pitch_and_see_the_cooldown_warning()
    {
        await Page.GotoAsync("/");
        await SignInAsync();

        await Page.GetByRole(AriaRole.Link, new() { Name = "Journalists", Exact = true }).First.ClickAsync();
        await Page.GetByLabel("Name or email").FillAsync("claire");
        await Page.Keyboard.PressAsync("Enter");
        await Expect(Page.Locator("#directory tbody tr")).ToHaveCountAsync(1);

        await Page.GetByRole(AriaRole.Link, new() { Name = "Claire Martin" }).ClickAsync();
        await Expect(Page.Locator("h1")).ToHaveTextAsync("Claire Martin");
        await Expect(Page.Locator("#reasonable-from")).ToHaveTextAsync("A pitch would be reasonable now.");

        await Page.GetByLabel("Subject").FillAsync("Our winter energy outlook");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Log pitch" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Pitch logged.");
        await Expect(Page.Locator("#pitch-list tbody tr")).ToHaveCountAsync(1);

        await Page.GetByLabel("Subject").FillAsync("A second idea");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Log pitch" }).ClickAsync();
        await Expect(Page.Locator("#pitch-warnings [data-warning=Cooldown]")).ToContainTextAsync("Too soon: you pitched Claire Martin");
        await Expect(Page.Locator("#pitch-list tbody tr")).ToHaveCountAsync(1);

        await Page.GetByRole(AriaRole.Button, new() { Name = "Log it anyway" }).ClickAsync();
        await Expect(Page.Locator("#pitch-list tbody tr")).ToHaveCountAsync(2);
        await Expect(Page.Locator("#pitch-list")).ToContainTextAsync("logged past the warning");
    }
}
