using System.Globalization;
using System.Text;

namespace PressDesk.Interviews;

// Finds statements in an article approximately: case, accents and punctuation are ignored. A
// statement is found when its words appear in order, or when most of them (LeastShare) appear in
// order within a stretch of the article not much longer than the statement, so a trimmed or
// lightly edited quote is still caught. The publication page uses the same matching, stricter
// (PhrasingShare), to find the prepared phrasings that the article printed.
public static class LeakDetector
{
    public const double LeastShare = 0.75;

    // About 15 % of a phrasing's words changed or missing: a journalist's small edits, not a paraphrase.
    public const double PhrasingShare = 0.85;
    private const int ShortStatementWords = 4;   // shorter ones must appear whole

    public static bool Contains(string article, string statement) =>
        Contains(Words(article), Words(statement));

    // The texts (prepared phrasings) that appear in the article, allowing PhrasingShare of edits.
    public static IReadOnlyList<string> Found(string article, IEnumerable<string> texts)
    {
        var words = Words(article);
        return texts.Where(t => Contains(words, Words(t), PhrasingShare)).ToList();
    }

    public static bool Contains(IReadOnlyList<string> article, IReadOnlyList<string> statement, double leastShare = LeastShare)
    {
        if (statement.Count == 0 || article.Count == 0) return false;
        if (IndexOfRun(article, statement) >= 0) return true;
        if (statement.Count < ShortStatementWords) return false;

        var needed = (int)Math.Ceiling(statement.Count * leastShare);
        var window = (int)Math.Ceiling(statement.Count * 1.5);
        var first = statement.ToHashSet();
        for (var start = 0; start < article.Count; start++)
        {
            if (!first.Contains(article[start])) continue;
            var length = Math.Min(window, article.Count - start);
            if (length < needed) break;
            if (CommonSubsequence(statement, article, start, length) >= needed) return true;
        }
        return false;
    }

    // Lower case, accents removed, anything but letters and digits as a word break.
    public static IReadOnlyList<string> Words(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var plain = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark) continue;
            plain.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }
        return plain.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    private static int IndexOfRun(IReadOnlyList<string> haystack, IReadOnlyList<string> needle)
    {
        for (var i = 0; i + needle.Count <= haystack.Count; i++)
        {
            var j = 0;
            while (j < needle.Count && haystack[i + j] == needle[j]) j++;
            if (j == needle.Count) return i;
        }
        return -1;
    }

    private static int CommonSubsequence(IReadOnlyList<string> a, IReadOnlyList<string> b, int bStart, int bLength)
    {
        var previous = new int[bLength + 1];
        var current = new int[bLength + 1];
        for (var i = 1; i <= a.Count; i++)
        {
            for (var j = 1; j <= bLength; j++)
                current[j] = a[i - 1] == b[bStart + j - 1] ? previous[j - 1] + 1 : Math.Max(previous[j], current[j - 1]);
            (previous, current) = (current, previous);
        }
        return previous[bLength];
    }
}
