using System.Reflection;
using System.Text.RegularExpressions;
using PressDesk.Localization;

namespace PressDesk.Tests.Localization;

// Every text the code and the views hand to a localizer has a French version (English is the key),
// so a French page cannot fall back to English because a resource was forgotten.
public sealed partial class CatalogueTests
{
    private static readonly TextCatalogue Catalogue = new();

    [Fact]
    public void Every_key_the_code_and_the_views_use_has_a_French_text()
    {
        var missing = UsedKeys()
            .Where(k => Catalogue.French(k.Feature, k.Key) is null)
            .Select(k => $"{k.File}: \"{k.Key}\"")
            .Distinct()
            .ToList();

        Assert.True(missing.Count == 0, $"{missing.Count} keys have no French text:\n" + string.Join('\n', missing));
    }

    [Fact]
    public void Every_label_of_an_enum_has_a_French_text()
    {
        var labels = typeof(Program).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static))
            .Where(m => m.Name == "Label" && m.ReturnType == typeof(string) && m.GetParameters() is [{ ParameterType.IsEnum: true }])
            .SelectMany(m => Enum.GetValues(m.GetParameters()[0].ParameterType).Cast<object>()
                .Select(v => (Feature: TextCatalogue.FeatureOf(m.DeclaringType!.Namespace), Key: (string)m.Invoke(null, [v])!)));

        var missing = labels.Where(l => Catalogue.French(l.Feature, l.Key) is null).Select(l => l.Key).Distinct().ToList();

        Assert.True(missing.Count == 0, "Labels with no French text: " + string.Join(", ", missing));
    }

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

    // The literal keys handed to L[...], localizer[...], .Plural(n, one, other) and FieldErrors
    // (errors.Add(field, message), errors.Required(field, value, label)...).
    private static IEnumerable<(string Feature, string File, string Key)> UsedKeys()
    {
        var source = Path.Combine(PressDesk.Testing.AppProcess.FindRepositoryRoot(), "src", "PressDesk");
        foreach (var file in Directory.EnumerateFiles(source, "*.*", SearchOption.AllDirectories)
                     .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
                     .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                              && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            var relative = Path.GetRelativePath(source, file);
            var feature = relative.Contains(Path.DirectorySeparatorChar) ? relative[..relative.IndexOf(Path.DirectorySeparatorChar)] : TextCatalogue.Shared;
            var text = File.ReadAllText(file);
            foreach (Match call in LocalizerCall().Matches(text))
                foreach (Capture literal in call.Groups["key"].Captures)
                    yield return (feature, relative, Unescape(literal.Value));
        }
    }

    private static HashSet<string> Placeholders(string text) =>
        [.. Placeholder().Matches(text).Select(m => m.Value)];

    private static string Unescape(string literal) => Regex.Unescape(literal);

    // L["key"...  localizer["key"...  .Plural(n, "one", "other"  errors.Add(field, "message"  errors.Required(field, value, "label")
    [GeneratedRegex("""
        (?:\b(?:L|localizer|Localizer)\[\s*"(?<key>(?:[^"\\]|\\.)*)"
        |\.Plural\([^,()]*(?:\([^()]*\))?[^,()]*,\s*"(?<key>(?:[^"\\]|\\.)*)"\s*,\s*"(?<key>(?:[^"\\]|\\.)*)"
        |\berrors\.Add\([^,]+,\s*"(?<key>(?:[^"\\]|\\.)*)"
        |\berrors\.(?:Required|MaxLength|Email|Phone)\((?:[^,()]*(?:\([^()]*\))?[^,()]*,\s*)+"(?<key>(?:[^"\\]|\\.)*)"\s*\))
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex LocalizerCall();

    [GeneratedRegex(@"\{\d+(?::[^}]*)?\}")]
    private static partial Regex Placeholder();
}
