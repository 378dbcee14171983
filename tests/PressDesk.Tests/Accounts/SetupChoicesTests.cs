using System.Net;
using AngleSharp.Html.Dom;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Accounts;

public class SetupChoicesTests : IAsyncLifetime
{
    private const string Email = "expert@example.org";
    private const string Password = "quote me on tariffs 7";

    // The zone is left to setup, as on a fresh install; a zone the server sets is not asked for.
    private readonly PressDeskApp _app = new(bootstrap: false, settings: new Dictionary<string, string?> { ["PressDesk:TimeZone"] = null });
    private HttpClient _client = null!;

    public Task InitializeAsync()
    {
        _client = _app.CreateClient(new() { AllowAutoRedirect = false });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private async Task<HttpResponseMessage> SetUpAsync(string language, string timeZone)
    {
        var page = await _client.GetPageAsync("/setup");
        return await _client.PostFormAsync("/setup", page, new Dictionary<string, string>
        {
            ["Email"] = Email, ["Password"] = Password, ["ConfirmPassword"] = Password, ["Language"] = language, ["TimeZone"] = timeZone,
        });
    }

    private static string Selected(AngleSharp.Dom.IDocument page, string name) => ((IHtmlSelectElement)page.QuerySelector($"select[name={name}]")!).Value!;

    [Theory]
    [InlineData("fr-FR,fr;q=0.9", "fr")]
    [InlineData("en-GB,en;q=0.9", "en")]
    public async Task The_language_starts_as_the_browsers(string acceptLanguage, string expected)
    {
        _client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(acceptLanguage);

        var page = await _client.GetPageAsync("/setup");

        Assert.Equal(expected, Selected(page, "Language"));
        Assert.Equal(TimeZoneInfo.Local.Id, Selected(page, "TimeZone"));   // the server's zone until the browser's script replaces it
        Assert.NotNull(page.QuerySelector("script[src^='/js/browser-time-zone.js']"));
    }

    [Fact]
    public async Task The_chosen_language_and_time_zone_are_stored_on_the_owner()
    {
        var response = await SetUpAsync("fr", "Europe/Paris");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("fr", await _app.Database.ScalarAsync<string>("SELECT language FROM users WHERE role = 'Owner'"));
        // An install-wide setting, as the Settings page stores it, with its line in the change log.
        Assert.Equal("Europe/Paris", await _app.Database.ScalarAsync<string>("SELECT value FROM settings WHERE key = 'PressDesk:TimeZone'"));
        Assert.Equal(Email, await _app.Database.ScalarAsync<string>("SELECT changed_by FROM setting_changes WHERE key = 'PressDesk:TimeZone'"));
        var dashboard = await Forms.ParseAsync(await _client.GetAsync("/"));
        Assert.Equal("fr", dashboard.DocumentElement.GetAttribute("lang"));   // the owner's pages are in French from now on
    }

    [Theory]
    [InlineData("de", "Europe/Paris", "Language", "French or English")]
    [InlineData("en", "Mars/Olympus_Mons", "TimeZone", "not a time zone")]
    public async Task A_bad_choice_is_explained_inline_and_creates_nobody(string language, string timeZone, string field, string message)
    {
        var response = await SetUpAsync(language, timeZone);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Forms.ParseAsync(response);
        Assert.Contains(message, page.Text($"span[data-valmsg-for='{field}']"));
        Assert.NotNull(page.QuerySelector("select[data-browser-time-zone='off']"));   // the script leaves the choice alone
        Assert.Equal(0, await _app.Database.ScalarAsync<long>("SELECT COUNT(*) FROM users"));
    }
}

public sealed class SetupWithAZoneFromTheServerTests : IAsyncLifetime
{
    private readonly PressDeskApp _app = new(bootstrap: false, settings: new Dictionary<string, string?> { ["PressDesk:TimeZone"] = "Europe/Paris" });
    private HttpClient _client = null!;

    public Task InitializeAsync()
    {
        _client = _app.CreateClient(new() { AllowAutoRedirect = false });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task The_zone_is_shown_as_the_servers_and_not_stored()
    {
        var page = await _client.GetPageAsync("/setup");
        Assert.Null(page.QuerySelector("select[name=TimeZone]"));
        Assert.Contains("Europe/Paris", page.Text("#time-zone-by-server"));

        var response = await _client.PostFormAsync("/setup", page, new Dictionary<string, string>
        {
            ["Email"] = "expert@example.org", ["Password"] = "quote me on tariffs 7", ["ConfirmPassword"] = "quote me on tariffs 7", ["Language"] = "en",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(0L, await _app.Database.ScalarAsync<long>("SELECT count(*) FROM settings"));
    }
}
