using System.Globalization;
using System.Text;

namespace PressDesk.Prep;

// One word of a text: its folded form for matching, its original spelling, and whether it opens a sentence.
public readonly record struct Token(string Folded, string Original, bool StartsSentence);

// How PressDesk compares words: case- and accent-insensitive, on whole words. Hyphens and
// apostrophes separate words, so "peut-être" matches "peut être" and "Peut-Etre".
public static class Wording
{
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var kept = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                kept.Append(char.ToLowerInvariant(c));
        return kept.ToString().Normalize(NormalizationForm.FormC);
    }

    public static IReadOnlyList<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var sentenceStart = true;
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text, i))
            {
                if (text[i] is '.' or '!' or '?' or '…' or '\n') sentenceStart = true;
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && IsWordChar(text, i)) i++;
            var original = text[start..i];
            tokens.Add(new Token(Fold(original), original, sentenceStart));
            sentenceStart = false;
        }
        return tokens;
    }

    // Folded words of an entry from a word list, for matching against a tokenized text.
    public static string[] Words(string entry) => Tokenize(entry).Select(t => t.Folded).ToArray();

    // A letter, a digit, or a combining mark that belongs to the letter before it.
    private static bool IsWordChar(string text, int i) =>
        char.IsLetterOrDigit(text[i]) || (i > 0 && CharUnicodeInfo.GetUnicodeCategory(text[i]) == UnicodeCategory.NonSpacingMark);
}
