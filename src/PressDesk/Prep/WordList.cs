namespace PressDesk.Prep;

// A list of words and expressions, each found in a text as a whole run of words.
public sealed class WordList
{
    private readonly List<(string Entry, string[] Words)> _entries;

    public WordList(IEnumerable<string> entries) =>
        _entries = entries
            .Select(e => e.Trim())
            .Where(e => e.Length > 0)
            .Select(e => (e, Wording.Words(e)))
            .Where(e => e.Item2.Length > 0)
            .DistinctBy(e => string.Join(' ', e.Item2))
            .ToList();

    public int Count => _entries.Count;

    public IEnumerable<string> Entries => _entries.Select(e => e.Entry);

    // The entries found in the text, as the list spells them, in list order. With plurals,
    // the last word may also carry a final "s" or "x" ("millions", "milliards").
    // An entry inside a longer one found too ("synergie" in "optimiser les synergies") is one
    // finding, not two, so it is left out.
    public IReadOnlyList<string> FindIn(IReadOnlyList<Token> text, bool plurals = false)
    {
        var found = _entries.Where(e => Occurs(e.Words, text, plurals)).ToList();
        return found
            .Where(e => !found.Any(longer => longer.Words.Length > e.Words.Length && Occurs(e.Words, AsTokens(longer.Words), plurals)))
            .Select(e => e.Entry)
            .ToList();
    }

    public WordList With(IEnumerable<string> more) => new(Entries.Concat(more));

    private static bool Occurs(string[] words, IReadOnlyList<Token> text, bool plurals)
    {
        for (var start = 0; start + words.Length <= text.Count; start++)
        {
            var all = true;
            for (var k = 0; k < words.Length && all; k++)
            {
                var token = text[start + k].Folded;
                all = token == words[k]
                    || (plurals && k == words.Length - 1 && token.Length == words[k].Length + 1
                        && token.StartsWith(words[k], StringComparison.Ordinal) && token[^1] is 's' or 'x');
            }
            if (all) return true;
        }
        return false;
    }

    private static Token[] AsTokens(string[] words) => words.Select(w => new Token(w, w, false)).ToArray();

    // Reads a shipped list: one entry a line, '#' starts a comment line.
    public static WordList Parse(string text) =>
        new(text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')));
}
