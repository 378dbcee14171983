using AngleSharp.Dom;
using PressDesk.Localization;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Journalists;

// A French user on the journalist pages meets no English: no element's own text is an English
// key whose French text differs.
public class FrenchPagesTests : AppTest
{
    [Fact]
    public async Task The_journalist_pages_in_French_show_no_English_text_of_the_catalogue()
    {
        var (_, kept) = await Api.RequestAsync(Now.AddDays(-3), TimeSpan.FromMinutes(10), name: "Claire Martin");
        var (_, other) = await Api.RequestAsync(Now.AddDays(-2), name: "C. Martin");
        await Client.PitchAsync(kept, "Notre bilan d’hiver");
        var outlet = await App.Database.ScalarAsync<long>("SELECT outlet_id FROM journalists WHERE id = @kept", new { kept });
        Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr-FR");

        var catalogue = new TextCatalogue();
        var english = catalogue.FrenchOf("Journalists")
            .Where(e => e.Key != e.Value && e.Key.Any(char.IsLetter))
            .Select(e => e.Key)
            .ToHashSet();

        var leaks = new List<string>();
        foreach (var url in new[]
        {
            "/journalists", $"/journalists/{kept}", $"/journalists/edit/{kept}", "/journalists/edit", "/journalists/import",
            "/outlets", $"/outlets/edit/{outlet}", "/outlets/edit", $"/journalists/{kept}/merge?other={other}", $"/journalists/{kept}/erase",
        })
        {
            var page = await Client.GetPageAsync(url);
            Assert.Equal("fr", page.DocumentElement.GetAttribute("lang"));
            leaks.AddRange(OwnTexts(page.Body!).Where(english.Contains).Select(t => $"{url}: {t}"));
        }

        Assert.True(leaks.Count == 0, "English on French pages:\n" + string.Join('\n', leaks));

        // The same page in English does show those keys, so the check can see a leak.
        var englishPage = await (await App.CreateSignedInClientAsync()).GetPageAsync($"/journalists/{kept}");
        Assert.Contains("Relationship health", OwnTexts(englishPage.Body!).Where(english.Contains));
    }

    // Each element's own text (its text nodes, not its children's) and its labelling attributes.
    private static IEnumerable<string> OwnTexts(IElement root)
    {
        foreach (var element in root.QuerySelectorAll("*").Prepend(root))
        {
            var own = string.Concat(element.ChildNodes.OfType<IText>().Select(t => t.Data)).Trim();
            if (own.Length > 0) yield return own;
            foreach (var attribute in new[] { "aria-label", "title", "placeholder" })
                if (element.GetAttribute(attribute) is { Length: > 0 } value) yield return value.Trim();
        }
    }
}
