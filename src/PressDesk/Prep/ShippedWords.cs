namespace PressDesk.Prep;

// The word lists that ship with PressDesk (Prep/Words/*.txt, embedded): hedging and vague
// expressions, and the words that make a phrasing concrete, in English and French.
public sealed record ShippedWords(WordList HedgesEnglish, WordList HedgesFrench, WordList Concrete)
{
    public WordList Hedges { get; } = HedgesEnglish.With(HedgesFrench.Entries);

    public static ShippedWords Load() => new(
        WordList.Parse(Read("hedges-en.txt")),
        WordList.Parse(Read("hedges-fr.txt")),
        WordList.Parse(Read("concrete-en.txt")).With(WordList.Parse(Read("concrete-fr.txt")).Entries));

    private static string Read(string name)
    {
        using var stream = typeof(ShippedWords).Assembly.GetManifestResourceStream($"PressDesk.Prep.Words.{name}")
            ?? throw new InvalidOperationException($"The word list {name} is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

// The user's own additions, stored in SQLite (prep_words).
public sealed record UserWords(IReadOnlyList<string> Hedges, IReadOnlyList<string> Jargon)
{
    public static readonly UserWords None = new([], []);
}
