using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Prep;

// Prep in the caller's language: the API, the page script's endpoints and the Words page answer
// in French by default (PressDesk:Culture), in English when the client asks for it.
public sealed class PrepInFrenchTests() : AppTest(new Dictionary<string, string?> { ["PressDesk:Culture"] = "fr-FR" }, backgroundWorkers: false)
{
    private Task<HttpResponseMessage> PutAsync(long id, object body) =>
        Api.PutAsJsonAsync($"/api/requests/{id}/prep", body, JsonSerializerOptions.Web);

    private static object Point(string text, params string[] phrasings) => new { text, phrasings };

    [Fact]
    public async Task An_unknown_request_is_a_404_problem_in_french()
    {
        var response = await PutAsync(4242, new { keyPoints = new[] { Point("Les factures augmentent") }, ready = false });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await response.JsonAsync();
        Assert.Equal("Demande introuvable.", (string?)problem["title"]);
        Assert.Equal("Il n'y a pas de demande avec l'identifiant 4242.", (string?)problem["detail"]);
    }

    [Fact]
    public async Task An_invalid_prep_is_a_400_problem_in_french()
    {
        var id = (long)(await (await Api.PostJsonAsync("/api/requests", ApiClient.Claire(Now.AddMinutes(-5)))).JsonAsync())["id"]!;

        var response = await PutAsync(id, new { keyPoints = new[] { Point("Les factures augmentent", "Les ménages paieront 8 % de plus.") }, ready = true });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.JsonAsync();
        Assert.Equal("La préparation contient des champs invalides.", (string?)problem["title"]);
        Assert.Equal("Une préparation prête a exactement trois points clés\u00A0; celle-ci en a 1.", (string?)problem["errors"]!["keyPoints"]![0]);
    }

    [Fact]
    public async Task The_check_endpoint_refuses_a_long_text_and_a_long_search_in_french()
    {
        var check = await Client.PostAsJsonAsync("/prep/check", new { text = new string('a', 5001) });
        var search = await Client.GetAsync($"/prep/library/search?q={new string('a', 201)}");

        Assert.Equal(HttpStatusCode.BadRequest, check.StatusCode);
        var problem = await check.JsonAsync();
        Assert.Equal("Le texte à vérifier est trop long.", (string?)problem["title"]);
        Assert.Equal("Envoyez 5000 caractères au maximum.", (string?)problem["errors"]!["text"]![0]);
        Assert.Equal(HttpStatusCode.BadRequest, search.StatusCode);
        Assert.Equal("La recherche est trop longue.", (string?)(await search.JsonAsync())["title"]);
    }

    [Fact]
    public async Task The_check_endpoint_writes_its_hints_in_french()
    {
        var report = await (await Client.PostAsJsonAsync("/prep/check",
            new { text = "Il est important de noter que nous allons peut-être optimiser les synergies" })).JsonAsync();

        Assert.Equal("12 mots, 1 phrase, environ 6 s à l'oral", (string?)report["summary"]);
        Assert.Equal(["emphasis", "hedging", "jargon", "concrete"], report["hints"]!.AsArray().Select(h => (string?)h!["kind"]));
        Assert.Equal("Précautions oratoires ou flou\u00A0: «\u00A0peut-être\u00A0». Dites-le simplement.", (string?)report["hints"]![1]!["message"]);
    }

    [Fact]
    public async Task A_client_that_asks_for_english_gets_english_problems()
    {
        Api.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-GB");

        var problem = await (await PutAsync(4242, new { keyPoints = new[] { Point("Bills rise") }, ready = false })).JsonAsync();

        Assert.Equal("No such request.", (string?)problem["title"]);
        Assert.Equal("There is no request with id 4242.", (string?)problem["detail"]);
    }

    [Fact]
    public async Task The_words_page_lists_the_shipped_lists_in_french_and_still_saves_the_users_own()
    {
        var page = await Client.GetPageAsync("/prep/words");
        var summaries = page.QuerySelectorAll("details summary").Select(s => s.TextContent.Trim()).ToList();

        Assert.Equal(6, summaries.Count);
        Assert.Matches(@"^Langue de bois française fournie \(\d{3}\)$", summaries[4]);
        Assert.Contains(page.QuerySelectorAll("details p"), p => p.TextContent.Contains("optimiser les synergies", StringComparison.Ordinal));

        await Client.PostFormAsync("/prep/words", page, new Dictionary<string, string> { ["Hedges"] = "", ["Jargon"] = "ARENH" });
        var report = await (await Client.PostAsJsonAsync("/prep/check", new { text = "L'ARENH coûte 42 euros le mégawattheure aux fournisseurs." })).JsonAsync();

        Assert.Equal("Jargon\u00A0: «\u00A0ARENH\u00A0». Employez des mots de tous les jours.", (string?)report["hints"]!.AsArray().Single()!["message"]);
    }
}
