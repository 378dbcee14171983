using System.Reflection;
using System.Text.RegularExpressions;
using PressDesk.Localization;

namespace PressDesk.Tests.Localization;

// Every text the code and the views hand to a localizer has a French value (English is the key
// itself, so it can never be missing). The keys are read from the sources, as a translator would
// find them: localizer calls, plurals, validation messages and labels, and the enums' labels.
public sealed partial class KeyCoverageTests
{
    private static readonly TextCatalogue Catalogue = new();

    [Fact]
    public void Every_key_used_by_the_code_and_the_views_has_a_French_text()
    {
        var missing = UsedKeys()
            .Where(k => string.IsNullOrWhiteSpace(Catalogue.French(k.Feature, k.Key)))
            .Select(k => $"{k.Feature}: \"{k.Key}\"  ({k.File})")
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(missing.Count == 0, $"{missing.Count} keys without French:\n" + string.Join('\n', missing));
    }

    [Fact]
    public void The_extractor_finds_the_keys_it_is_meant_to_find()
    {
        // Guards the test above against an extractor that silently finds nothing.
        var keys = UsedKeys().Select(k => k.Key).ToHashSet(StringComparer.Ordinal);
        Assert.True(keys.Count > 500, $"only {keys.Count} keys found");
        Assert.Contains("{0} is required.", keys);                 // FieldErrors.Required
        Assert.Contains("Import {0} journalists", keys);           // a plural's second form
        Assert.Contains("not quoted", keys);                       // a ternary inside L[...]
        Assert.Contains("The two passwords differ.", keys);        // errors.Add
        Assert.Contains("overdue", keys);                          // an enum label
    }

    private sealed record UsedKey(string Feature, string Key, string File);

    private static IEnumerable<UsedKey> UsedKeys()
    {
        var source = Path.Combine(AppProcess.FindRepositoryRoot(), "src", "PressDesk");
        foreach (var path in Directory.EnumerateFiles(source, "*.*", SearchOption.AllDirectories)
                     .Where(p => p.EndsWith(".cs", StringComparison.Ordinal) || p.EndsWith(".cshtml", StringComparison.Ordinal))
                     .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                              && !p.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            var relative = Path.GetRelativePath(source, path);
            var feature = FeatureOfFile(relative);
            var text = File.ReadAllText(path);
            foreach (var key in KeysIn(text)) yield return new UsedKey(feature, key, relative);
        }

        foreach (var label in EnumLabels()) yield return new UsedKey(TextCatalogue.Shared, label, "enum labels");
    }

    private static IEnumerable<string> KeysIn(string text)
    {
        foreach (Match m in LocalizerCall().Matches(text))
            foreach (Capture c in m.Groups["key"].Captures) yield return Unescape(c.Value);
        foreach (Match m in PluralCall().Matches(text))
        {
            yield return Unescape(m.Groups["one"].Value);
            yield return Unescape(m.Groups["other"].Value);
        }
        foreach (Match m in ErrorMessage().Matches(text)) yield return Unescape(m.Groups["key"].Value);
        foreach (Match m in FieldLabel().Matches(text)) yield return Unescape(m.Groups["key"].Value);
        foreach (Match m in TagHelperWord().Matches(text)) yield return m.Groups["key"].Value;
    }

    // Labels are English words the views pass through L[...] (AlertKind.Breach → "overdue").
    private static IEnumerable<string> EnumLabels() =>
        typeof(Languages).Assembly.GetTypes()
            .Where(t => t.IsAbstract && t.IsSealed) // static classes
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static))
            .Where(m => m.Name == "Label" && m.ReturnType == typeof(string)
                        && m.GetParameters() is [{ ParameterType.IsEnum: true }])
            .SelectMany(m => Enum.GetValues(m.GetParameters()[0].ParameterType).Cast<object>()
                .Select(v => (string)m.Invoke(null, [v])!));

    private static string FeatureOfFile(string relative)
    {
        var first = relative.Split(Path.DirectorySeparatorChar)[0];
        return first.EndsWith(".cs", StringComparison.Ordinal) || first.EndsWith(".cshtml", StringComparison.Ordinal)
            ? TextCatalogue.Shared
            : first;
    }

    private static string Unescape(string literal) => literal.Replace("\\\"", "\"").Replace("\\n", "\n").Replace("\\\\", "\\");

    // L["..."], L.GetString("..."), localizer["..."], this.Localize("..."), including L[cond ? "a" : "b"].
    [GeneratedRegex("""(?:\bL|[lL]ocalizer|\bLocalize)\s*(?:\.Get(?:String|Html)\s*)?[\[(]\s*(?:[^"\[\]();]*\?\s*)?"(?<key>(?:[^"\\\n]|\\.)*)"(?:\s*:\s*"(?<key>(?:[^"\\\n]|\\.)*)")?""")]
    private static partial Regex LocalizerCall();

    [GeneratedRegex("""\.Plural(?:String)?\([^"]*?,\s*"(?<one>(?:[^"\\\n]|\\.)*)"\s*,\s*"(?<other>(?:[^"\\\n]|\\.)*)"\s*[,)]""")]
    private static partial Regex PluralCall();

    // errors.Add("Field", "message", ...), and Add(field, "message") inside FieldErrors itself.
    [GeneratedRegex("""(?:\berrors\.|(?<![.\w]))Add\(\s*(?:"[^"]*"|nameof\([^)]*\)|[A-Za-z_.]+)\s*,\s*"(?<key>(?:[^"\\\n]|\\.)*)"\s*[,)]""")]
    private static partial Regex ErrorMessage();

    // errors.Required(field, value, "Label"), and MaxLength/Email/Phone: the label is the last argument.
    [GeneratedRegex("""\berrors\.(?:Required|MaxLength|Email|Phone)\([^;]*?,\s*"(?<key>(?:[^"\\\n]|\\.)*)"\s*\)""")]
    private static partial Regex FieldLabel();

    // <phone-link verb="Call" />: the tag helper localizes its verb.
    [GeneratedRegex("""<phone-link[^>]*\bverb="(?<key>[^"@]+)"[^>]*>""")]
    private static partial Regex TagHelperWord();
}
