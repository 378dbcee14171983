using System.Text.RegularExpressions;
using PressDesk.Localization;

namespace PressDesk.Tests.Localization;

// The French catalogues keep every placeholder of their English keys, so a translated sentence
// cannot drop a name or a count. (The test that every key used has a French text is on the branch
// wip/issue-17-coverage until the catalogues are complete.)
public sealed partial class CatalogueTests
{
    private static readonly TextCatalogue Catalogue = new();

    [Fact]
    public void Every_French_text_keeps_the_placeholders_of_its_key()
    {
        var broken = Catalogue.Features
            .SelectMany(f => Catalogue.FrenchOf(f).Select(e => (Feature: f, e.Key, e.Value)))
            .Where(e => !Placeholders(e.Key).SetEquals(Placeholders(e.Value)))
            .Select(e => $"{e.Feature}: \"{e.Key}\" → \"{e.Value}\"")
            .ToList();

        Assert.True(broken.Count == 0, "French texts that lose or add a placeholder:\n" + string.Join('\n', broken));
    }

    private static HashSet<string> Placeholders(string text) =>
        [.. Placeholder().Matches(text).Select(m => m.Value)];

    [GeneratedRegex(@"\{\d+(?::[^}]*)?\}")]
    private static partial Regex Placeholder();
}
