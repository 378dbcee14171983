using System.Text.RegularExpressions;
using PressDesk.Localization;

namespace PressDesk.Tests.Localization;

// The texts of the other language, as patterns to find on a page: for a French page every English
// key whose French differs, for an English page every French text that differs from its key.
// Placeholders match whatever was put in them.
public sealed partial class ForeignText(IReadOnlyList<(string Text, Regex Pattern)> patterns)
{
    // Words both languages write the same way on a page although their keys differ in case or
    // punctuation, which would otherwise be reported as foreign.
    private static readonly HashSet<string> Shared = new(StringComparer.Ordinal) { };

    public static ForeignText For(string culture)
    {
        var catalogue = new TextCatalogue();
        var pairs = catalogue.Features.SelectMany(f => catalogue.FrenchOf(f))
            .Where(e => e.Key != e.Value && !string.IsNullOrWhiteSpace(e.Value));
        var texts = (culture.StartsWith("fr", StringComparison.Ordinal) ? pairs.Select(e => e.Key) : pairs.Select(e => e.Value))
            .Where(t => !Shared.Contains(t))
            .Distinct(StringComparer.Ordinal);
        return new ForeignText([.. texts.Select(t => (t, Pattern(t))).Where(p => p.Item2 is not null).Select(p => (p.t, p.Item2!))]);
    }

    public IEnumerable<string> In(string pageText) =>
        patterns.Where(p => p.Pattern.IsMatch(pageText)).Select(p => $"{p.Text}  (seen as \"{p.Pattern.Match(pageText).Value}\")");

    // A text as a pattern: its fixed parts in order, placeholders as anything on the same line,
    // whole words at both ends. Null for a text with too few letters of its own to be told apart.
    private static Regex? Pattern(string text)
    {
        var fixedParts = Placeholder().Split(text);
        if (fixedParts.Sum(p => p.Count(char.IsLetter)) < 3) return null;
        var body = string.Join("[^\\n]{1,80}?", fixedParts.Select(Regex.Escape));
        var start = char.IsLetterOrDigit(text[0]) ? "\\b" : "";
        var end = char.IsLetterOrDigit(text[^1]) ? "\\b" : "";
        return new Regex(start + body + end, RegexOptions.CultureInvariant);
    }

    [GeneratedRegex(@"\{\d+(?::[^}]*)?\}")]
    private static partial Regex Placeholder();
}
