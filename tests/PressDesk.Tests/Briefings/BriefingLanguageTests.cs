using System.Net;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Briefings;

// The briefing follows its reader: the page in the user's language (here the browser's, as the
// account has none), the API in Accept-Language, else PressDesk:Culture (en-GB in the tests).
// Headings come from the language's template, dates and durations from its culture.
public sealed class BriefingLanguageTests : AppTest
{
    [Fact]
    public async Task In_French_the_sheet_has_French_headings_labels_and_dates()
    {
        var id = await BriefingSeed.TypicalRequestAsync(Api, Now);
        Time.Advance(TimeSpan.FromMinutes(5));
        Api.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr-FR");

        var markdown = await Api.GetStringAsync($"/api/requests/{id}/briefing.md");

        Assert.StartsWith("# Fiche de préparation\u00a0: The new energy tariff\n", markdown);
        Assert.Contains("*Relecture chez Les Echos\u00a0:* Vous pouvez proposer de relire vos citations.", markdown);
        Assert.Contains("| Message laissé | sam. 28 nov. 2026, 13:55 (Téléphone) |", markdown);
        Assert.Contains("| Délai de rappel | rappelez maintenant\u00a0: il reste 15 min — rappeler avant 14:25 |", markdown);
        Assert.Contains("| Bouclage du journaliste | sam. 28 nov. 2026, 17:05 — il reste 2 h 55 min |", markdown);
        Assert.Contains("| Statut | En préparation |", markdown);
        Assert.Contains("## La question", markdown);
        Assert.Contains("## Points clés", markdown);
        Assert.Contains("   - «\u00a0Households will pay 8% more for electricity from the first of February.\u00a0»", markdown);
        Assert.Contains("2 demandes précédentes, délai de réponse médian 28 min\u00a0:", markdown);
        Assert.Contains("- dim. 22 nov. 2026, 14:05\u00a0: Winter blackouts — réponse en 45 min, au-delà de l'objectif", markdown);
        Assert.Contains("## Pendant l'appel", markdown);
        Assert.Contains("- Ne demandez jamais à voir l'article avant sa publication.", markdown);
        foreach (var english in new[] { "Briefing", "Message left", "Key points", "On the call", "Sat ", "Nov" })
            Assert.DoesNotContain(english, markdown);
    }

    [Fact]
    public async Task In_English_the_same_request_reads_in_English()
    {
        var id = await BriefingSeed.TypicalRequestAsync(Api, Now);
        Api.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-GB");

        var markdown = await Api.GetStringAsync($"/api/requests/{id}/briefing.md");

        Assert.StartsWith("# Briefing: The new energy tariff\n", markdown);
        Assert.Contains("| Message left | Sat 28 Nov 2026, 13:55 (Phone) |", markdown);
        Assert.Contains("## On the call", markdown);
        Assert.DoesNotContain("Fiche", markdown);
    }

    [Fact]
    public async Task The_page_follows_the_reader_language()
    {
        var id = await BriefingSeed.TypicalRequestAsync(Api, Now);
        Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr-FR");

        var page = await Client.GetPageAsync($"/requests/{id}/briefing");

        Assert.Equal("fr", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Fiche de préparation\u00a0: The new energy tariff", page.Text("#sheet h1"));
        Assert.Contains("sam. 28 nov. 2026, 13:55", page.Text("#sheet table"));
        Assert.Equal("Télécharger le .md", page.Text("#download"));

        var download = await Client.GetAsync($"/requests/{id}/briefing.md");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.StartsWith("# Fiche de préparation", await download.Content.ReadAsStringAsync());
    }
}

// With no Accept-Language, an API client reads the sheet in PressDesk:Culture.
public sealed class BriefingDefaultLanguageTests() : AppTest(new Dictionary<string, string?> { ["PressDesk:Culture"] = "fr-FR" })
{
    [Fact]
    public async Task The_API_without_Accept_Language_uses_PressDesk_Culture()
    {
        var id = await BriefingSeed.RequestAsync(Api, Now, "Tarifs douaniers");

        var markdown = await Api.GetStringAsync($"/api/requests/{id}/briefing.md");

        Assert.StartsWith("# Fiche de préparation\u00a0: Tarifs douaniers\n", markdown);
        Assert.Contains("| Message laissé | sam. 28 nov. 2026, 14:05 (Téléphone) |", markdown);
    }
}
