using System.Net;
using AngleSharp.Dom;
using PressDesk.Journalists;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Journalists;

// A journalist is written to in their own language, else their outlet's; both are on their forms.
public class JournalistLanguageTests : AppTest
{
    private Task<string?> StoredAsync(string table, long id) =>
        App.Database.ScalarAsync<string?>($"SELECT language FROM {table} WHERE id = @id", new { id });

    private async Task<string?> WritingLanguageAsync(long journalist)
    {
        await using var connection = await App.Database.OpenAsync(readOnly: true);
        return await JournalistLanguage.FindAsync(connection, null, journalist);
    }

    private async Task<HttpResponseMessage> SaveOutletAsync(long outletId, string language)
    {
        var url = $"/outlets/edit/{outletId}";
        var page = await Client.GetPageAsync(url);
        return await Client.PostFormAsync(url, page, new Dictionary<string, string>
        {
            ["Input.Name"] = page.QuerySelector("#Input_Name")!.GetAttribute("value")!, ["Input.ReviewNorm"] = "QuotesOnly", ["Input.Language"] = language,
        });
    }

    [Fact]
    public async Task The_journalists_own_language_is_saved_shown_and_wins_over_the_outlets()
    {
        var id = await Client.CreateJournalistAsync(new Dictionary<string, string> { ["Name"] = "Claire Martin", ["Outlet"] = "Les Echos", ["Language"] = "fr" });
        var outletId = await App.Database.ScalarAsync<long>("SELECT outlet_id FROM journalists WHERE id = @id", new { id });
        Assert.Equal(HttpStatusCode.Redirect, (await SaveOutletAsync(outletId, "en")).StatusCode);

        Assert.Equal("fr", await StoredAsync("journalists", id));
        Assert.Equal("en", await StoredAsync("outlets", outletId));
        Assert.Equal("French", (await Client.GetPageAsync($"/journalists/{id}")).Text("#language"));
        Assert.Equal("fr", await WritingLanguageAsync(id));
        Assert.Equal("fr", (await Client.GetPageAsync($"/journalists/edit/{id}")).QuerySelector<AngleSharp.Html.Dom.IHtmlSelectElement>("#Input_Language")!.Value);

        // Unset: the outlet's language, said to be the outlet's.
        await Client.SaveJournalistAsync(id, new Dictionary<string, string> { ["Language"] = "" });
        Assert.Null(await StoredAsync("journalists", id));
        Assert.Equal("English (the outlet's)", (await Client.GetPageAsync($"/journalists/{id}")).Text("#language"));
        Assert.Equal("en", await WritingLanguageAsync(id));

        // Neither: not known.
        Assert.Equal(HttpStatusCode.Redirect, (await SaveOutletAsync(outletId, "")).StatusCode);
        Assert.Null(await StoredAsync("outlets", outletId));
        Assert.Null(await WritingLanguageAsync(id));
        Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr-FR");
        var french = await Client.GetPageAsync($"/journalists/{id}");
        Assert.Equal("non renseignée", french.Text("#language"));
        Assert.Contains("Langue", french.Text("dl.fields"));
    }

    [Fact]
    public async Task A_language_other_than_French_or_English_is_refused_inline_on_both_forms()
    {
        var id = await Client.CreateJournalistAsync(new Dictionary<string, string> { ["Name"] = "Claire Martin", ["Outlet"] = "Les Echos" });
        var outletId = await App.Database.ScalarAsync<long>("SELECT outlet_id FROM journalists WHERE id = @id", new { id });

        var journalist = await Client.SaveJournalistAsync(id, new Dictionary<string, string> { ["Language"] = "de" });
        Assert.Equal(HttpStatusCode.OK, journalist.StatusCode);
        Assert.Equal("Language must be French (fr), English (en) or left empty.",
            (await Forms.ParseAsync(journalist)).Text("[data-valmsg-for='Input.Language']"));

        var outlet = await SaveOutletAsync(outletId, "klingon");
        Assert.Equal(HttpStatusCode.OK, outlet.StatusCode);
        Assert.Equal("Language must be French (fr), English (en) or left empty.",
            (await Forms.ParseAsync(outlet)).Text("[data-valmsg-for='Input.Language']"));

        Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr-FR");
        var french = await Client.SaveJournalistAsync(id, new Dictionary<string, string> { ["Language"] = "de" });
        Assert.Equal("La langue doit être le français (fr), l’anglais (en) ou rester vide.",
            (await Forms.ParseAsync(french)).Text("[data-valmsg-for='Input.Language']"));

        Assert.Null(await StoredAsync("journalists", id));
        Assert.Null(await StoredAsync("outlets", outletId));
    }

    [Theory]
    [InlineData("fr", "fr")]
    [InlineData("EN", "en")]
    [InlineData("fr-FR", "fr")]
    [InlineData("Français", "fr")]
    [InlineData("anglais", "en")]
    [InlineData("", null)]
    public void A_language_cell_reads_as_a_code(string text, string? code)
    {
        Assert.True(JournalistLanguage.TryParse(text, out var parsed));
        Assert.Equal(code, parsed);
    }

    [Theory]
    [InlineData("fr", "en", "fr")]
    [InlineData(null, "en", "en")]
    [InlineData(null, null, null)]
    [InlineData("de", "fr", "fr")]   // only 'fr' and 'en' are languages PressDesk writes in
    public void The_journalists_language_else_the_outlets(string? own, string? outlet, string? written) =>
        Assert.Equal(written, JournalistLanguage.Of(own, outlet));
}
