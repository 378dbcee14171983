using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using PressDesk.Localization;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Localization;

// Which language a page is in: the account's own choice, else the browser's Accept-Language (by
// language, not exact culture), else PressDesk:Culture, which is French unless configured.
public sealed class LanguageChoiceTests() : AppTest(new Dictionary<string, string?> { ["PressDesk:Culture"] = "fr-FR" }, backgroundWorkers: false)
{
    [Fact]
    public async Task With_no_language_asked_for_pages_are_French_with_French_dates_and_a_24_hour_clock()
    {
        var id = await LogRequestAsync();

        var page = await Client.GetPageAsync($"/requests/{id}");

        Assert.Equal("fr", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Tableau de bord", page.QuerySelector("header nav a[href='/']")!.TextContent.Trim());
        Assert.Contains("sam. 28 nov. 2026, 14:05", page.Body!.TextContent);
    }

    [Theory]
    [InlineData("en-US", "en", "Dashboard")]
    [InlineData("en-GB,fr;q=0.5", "en", "Dashboard")]
    [InlineData("fr-CA,en;q=0.8", "fr", "Tableau de bord")]
    [InlineData("de-DE,en;q=0.9,fr;q=0.8", "en", "Dashboard")]
    [InlineData("de-DE", "fr", "Tableau de bord")]   // neither language: the configured default
    public async Task Before_the_account_chooses_the_browser_decides(string acceptLanguage, string lang, string dashboard)
    {
        Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(acceptLanguage);

        var page = await Client.GetPageAsync("/");

        Assert.Equal(lang, page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(dashboard, page.QuerySelector("header nav a[href='/']")!.TextContent.Trim());
    }

    [Fact]
    public async Task The_account_language_wins_over_the_browser_at_once_and_can_be_given_back_to_it()
    {
        Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr-FR");
        var settings = await Client.GetPageAsync("/account");
        var saved = await SaveSettingsAsync(settings, language: "en", name: "Anne Lambert", title: "Économiste", phone: "06 12 34 56 78");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var page = await Client.GetPageAsync("/account");
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Anne Lambert", page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#DisplayName")!.Value);
        Assert.Equal("Économiste", page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#JobTitle")!.Value);

        // Another device of the same account, with another browser language: still English.
        var other = await App.CreateSignedInClientAsync();
        other.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr-FR");
        Assert.Equal("en", (await other.GetPageAsync("/")).DocumentElement.GetAttribute("lang"));

        await SaveSettingsAsync(page, language: "", name: "Anne Lambert", title: "", phone: "");
        Assert.Equal("fr", (await Client.GetPageAsync("/")).DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task A_bad_phone_or_language_is_said_beside_the_field_and_nothing_is_stored()
    {
        var settings = await Client.GetPageAsync("/account");
        var response = await SaveSettingsAsync(settings, language: "de", name: "Anne", title: "", phone: "call me");
        var page = await Forms.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(page.Text("[data-valmsg-for='Language']"));
        Assert.Contains("call me", page.Text("[data-valmsg-for='Phone']"));
        Assert.Null(await App.Database.ScalarAsync<string?>("SELECT display_name FROM users WHERE email = @email", new { email = PressDeskApp.OwnerEmail }));
    }

    [Theory]
    [InlineData("fr", 0, true)]
    [InlineData("fr", 1, true)]
    [InlineData("fr", 2, false)]
    [InlineData("en", 0, false)]
    [InlineData("en", 1, true)]
    [InlineData("en", 2, false)]
    public void French_puts_0_and_1_in_the_singular_and_English_only_1(string language, int count, bool singular) =>
        Assert.Equal(singular, Plurals.IsOne(count, Languages.Find(language)!));

    private Task<HttpResponseMessage> SaveSettingsAsync(IDocument page, string language, string name, string title, string phone) =>
        Client.PostFormAsync("/account", page, new Dictionary<string, string>
        {
            ["Language"] = language, ["DisplayName"] = name, ["JobTitle"] = title, ["Phone"] = phone,
        });

    private async Task<long> LogRequestAsync()
    {
        var form = await Client.GetPageAsync("/requests/new");
        var response = await Client.PostFormAsync("/requests/new", form, new Dictionary<string, string>
        {
            ["Input.JournalistName"] = "Claire Martin", ["Input.Outlet"] = "Les Echos",
            ["Input.Topic"] = "Tarifs douaniers", ["Input.Channel"] = "phone",
            ["Input.ReceivedAt"] = Now.ToFormValue(),
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return long.Parse(response.Headers.Location!.OriginalString.Split('/').Last(), CultureInfo.InvariantCulture);
    }
}
