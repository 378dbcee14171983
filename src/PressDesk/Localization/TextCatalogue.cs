using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Resources;

namespace PressDesk.Localization;

// The French text of each feature: Resources/{Feature}.fr.resx (Requests, Journalists, Prep...),
// and Resources/Shared.fr.resx for words many features use. A key is looked up in its feature's
// catalogue first (so a word may read differently there), then in Shared, then in any catalogue
// (a status label written by Requests reads the same on a journalist's page). English is the key
// itself (STYLE 9), so English needs no file and an English page can never miss a translation.
public sealed class TextCatalogue
{
    public const string Shared = "Shared";
    private static readonly CultureInfo FrenchResources = CultureInfo.GetCultureInfo(Languages.FrenchCode);
    private readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, string>> _french = new(StringComparer.Ordinal);

    /// <summary>The French text of <paramref name="key"/> in a feature's catalogue, else in the shared one.</summary>
    public string? French(string feature, string key) =>
        FrenchOf(feature).GetValueOrDefault(key) ?? FrenchOf(Shared).GetValueOrDefault(key) ?? Everything.GetValueOrDefault(key);

    /// <summary>The features that have a French catalogue.</summary>
    public IReadOnlyList<string> Features => _features.Value;

    private readonly Lazy<IReadOnlyList<string>> _features = new(() =>
    {
        const string prefix = "PressDesk.Resources.", suffix = ".fr.resources";
        try
        {
            return typeof(TextCatalogue).Assembly.GetSatelliteAssembly(FrenchResources).GetManifestResourceNames()
                .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(suffix, StringComparison.Ordinal))
                .Select(n => n[prefix.Length..^suffix.Length]).Order(StringComparer.Ordinal).ToList();
        }
        catch (FileNotFoundException) { return []; }
    });

    private IReadOnlyDictionary<string, string> Everything => _everything ??= Features
        .SelectMany(f => FrenchOf(f))
        .GroupBy(e => e.Key, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);

    private IReadOnlyDictionary<string, string>? _everything;

    /// <summary>Every key and French text of a feature (tests check them against the code).</summary>
    public IReadOnlyDictionary<string, string> FrenchOf(string feature) => _french.GetOrAdd(feature, Load);

    private static IReadOnlyDictionary<string, string> Load(string feature)
    {
        var manager = new ResourceManager($"PressDesk.Resources.{feature}", typeof(TextCatalogue).Assembly);
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            // tryParents: false, so a missing French file reads as empty instead of looking for a neutral one.
            using var set = manager.GetResourceSet(FrenchResources, createIfNotExists: true, tryParents: false);
            if (set is null) return entries;
            foreach (DictionaryEntry entry in set)
                if (entry is { Key: string key, Value: string value }) entries[key] = value;
        }
        catch (MissingManifestResourceException) { }
        catch (MissingSatelliteAssemblyException) { }
        return entries;
    }

    /// <summary>The feature a type belongs to: the first folder of its namespace (PressDesk.Journalists.Outlets → Journalists).</summary>
    public static string FeatureOf(string? dottedName)
    {
        var name = dottedName ?? "";
        if (name.StartsWith("PressDesk.", StringComparison.Ordinal)) name = name["PressDesk.".Length..];
        var end = name.IndexOf('.');
        var feature = end < 0 ? name : name[..end];
        return feature.Length == 0 || feature.StartsWith('_') ? Shared : feature;
    }
}
