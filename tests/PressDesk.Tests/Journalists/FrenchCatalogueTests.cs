using System.Globalization;
using System.Text.RegularExpressions;
using PressDesk.Journalists;
using PressDesk.Localization;
using PressDesk.Requests;

namespace PressDesk.Tests.Journalists;

// Every text the Journalists feature shows has a French version: the keys written in its views,
// page models and validators, and the labels of the enums its pages list.
public sealed partial class FrenchCatalogueTests
{
    private static readonly TextCatalogue Catalogue = new();

    [Fact]
    public void Every_key_the_Journalists_feature_writes_has_a_French_text()
    {
        var keys = SourceKeys()
            .Concat(Enum.GetNames<OutletType>())
            .Concat(Enum.GetValues<ReviewNorm>().Select(n => n.Label()))
            .Concat(Enum.GetValues<PitchOutcome>().Select(o => o.Label()))
            .Concat(Channels.All.Select(c => c.Label()))
            .Distinct()
            .ToList();

        Assert.True(keys.Count > 150, $"only {keys.Count} keys found: the scan of the sources is broken");
        var missing = keys.Where(k => Catalogue.French("Journalists", k) is null).ToList();
        Assert.True(missing.Count == 0, "Keys without a French text:\n" + string.Join('\n', missing));
    }

    [Theory]
    [InlineData("fr-FR", 0, "Importer 0 journaliste", "il y a 0 jour", "cité 0 fois", "dans 0 publication")]
    [InlineData("fr-FR", 1, "Importer 1 journaliste", "il y a 1 jour", "cité 1 fois", "dans 1 publication")]
    [InlineData("fr-FR", 2, "Importer 2 journalistes", "il y a 2 jours", "cité 2 fois", "dans 2 publications")]
    [InlineData("en-GB", 0, "Import 0 journalists", "0 days ago", "quoted 0 times", "in 0 publications")]
    [InlineData("en-GB", 1, "Import 1 journalist", "1 day ago", "quoted 1 time", "in 1 publication")]
    [InlineData("en-GB", 2, "Import 2 journalists", "2 days ago", "quoted 2 times", "in 2 publications")]
    public void Plurals_read_right_for_0_1_and_2_in_both_languages(string culture, int count, string import, string ago, string quoted, string publications)
    {
        using var _ = Languages.Use(CultureInfo.GetCultureInfo(culture));
        var localizer = new FeatureLocalizer(Catalogue, "Journalists");

        Assert.Equal(import, localizer.Plural(count, "Import {0} journalist", "Import {0} journalists").Value);
        Assert.Equal(ago, localizer.Plural(count, "{0} day ago", "{0} days ago").Value);
        Assert.Equal(quoted, localizer.Plural(count, "quoted {0} time", "quoted {0} times").Value);
        Assert.Equal(publications, localizer.Plural(count, "in {0} publication", "in {0} publications").Value);
    }

    // The literal keys of the feature's sources: L["..."], Localize("..."), localizer["..."],
    // errors.Add(field, "..."), Plural(n, "...", "..."), Refused<T>("...") and the labels that
    // FieldErrors.Required/MaxLength translate.
    private static IEnumerable<string> SourceKeys()
    {
        var folder = Path.Combine(RepositoryRoot(), "src", "PressDesk", "Journalists");
        foreach (var file in Directory.EnumerateFiles(folder, "*.cs*", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            foreach (Match m in Key().Matches(text))
                foreach (var group in new[] { m.Groups["a"], m.Groups["b"] })
                    if (group.Success) yield return Regex.Unescape(group.Value);
        }
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "PressDesk.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("PressDesk.sln not found above " + AppContext.BaseDirectory);
    }


    [GeneratedRegex(
        @"(?:\bL\[\s*|\bL\.GetString\(\s*|Localize\(\s*|[lL]ocalizer\[\s*|\blocalize\(\s*|errors\.Add\([^,()]+,\s*|Refused<\w+>\(\s*|(?:Required|MaxLength)\([^""]*)""(?<a>(?:[^""\\]|\\.)*)""" +
        @"|Plural(?:String)?\([^,]+,\s*""(?<a>(?:[^""\\]|\\.)*)"",\s*""(?<b>(?:[^""\\]|\\.)*)""")]
    private static partial Regex Key();
}
