using PressDesk.Localization;

namespace PressDesk.Prep;

// Which language a prep text is written in, so the phrasing checks use that language's lists
// and speaking rate even when the user's pages are in the other one. Counts the commonest short
// words of each language; words both languages share ("a", "on", "son", "me", the "s" of "it's" and "s'il") count for neither.
public static class TextLanguage
{
    private static readonly HashSet<string> French =
    [
        "le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "et", "est", "sont", "que", "qui", "qu",
        "nous", "vous", "il", "elle", "ils", "elles", "je", "j", "ce", "cette", "ces", "cela", "ca", "au", "aux",
        "pour", "dans", "sur", "avec", "par", "pas", "ne", "n", "mais", "ou", "se", "leur", "leurs",
        "notre", "nos", "votre", "vos", "tres", "plus", "sera", "seront", "fait", "avons", "avez", "sommes", "c",
    ];

    private static readonly HashSet<string> English =
    [
        "the", "an", "and", "is", "are", "was", "were", "be", "been", "we", "you", "it", "they", "he", "she",
        "of", "to", "in", "for", "with", "that", "this", "these", "those", "not", "by", "at", "from", "will",
        "our", "your", "their", "has", "have", "had", "would", "should", "can", "but", "or", "which", "who",
        "what", "there", "very", "more", "do", "does",
    ];

    /// <summary>"fr" or "en" when one language clearly has more of its common words, else null.</summary>
    public static string? Detect(IReadOnlyList<Token> tokens)
    {
        int french = 0, english = 0;
        foreach (var token in tokens)
        {
            if (French.Contains(token.Folded)) french++;
            if (English.Contains(token.Folded)) english++;
        }
        if (french > english) return Languages.FrenchCode;
        if (english > french) return Languages.EnglishCode;
        return null;
    }
}
