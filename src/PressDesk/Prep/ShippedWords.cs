using PressDesk.Localization;

namespace PressDesk.Prep;

// The lists of one language: hedging and vague expressions, jargon ("langue de bois" in French),
// and empty emphasis openers ("Let me be clear", "Il est important de noter que").
public sealed record LanguageWords(WordList Hedges, WordList Jargon, WordList Openers)
{
    public LanguageWords With(LanguageWords other) =>
        new(Hedges.With(other.Hedges.Entries), Jargon.With(other.Jargon.Entries), Openers.With(other.Openers.Entries));
}

// The word lists that ship with PressDesk (Prep/Words/*.txt, embedded), in English and French,
// and the words that make a phrasing concrete in either. They are the defaults; the user's own
// words (Words page) are added to them.
public sealed record ShippedWords(LanguageWords English, LanguageWords French, WordList Concrete)
{
    // For a text whose language is unclear (too short, or mixed): every list at once.
    public LanguageWords Both { get; } = English.With(French);

    public LanguageWords For(string? language) => language switch
    {
        Languages.FrenchCode => French,
        Languages.EnglishCode => English,
        _ => Both,
    };

    public static ShippedWords Load() => new(
        Language("en"),
        Language("fr"),
        Parse("concrete-en").With(Parse("concrete-fr").Entries));

    private static LanguageWords Language(string code) =>
        new(Parse($"hedges-{code}"), Parse($"jargon-{code}"), Parse($"openers-{code}"));

    private static WordList Parse(string name) => WordList.Parse(Read($"{name}.txt"));

    /// <summary>The text of an embedded list, for tests that check the lists themselves.</summary>
    public static string Read(string name)
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
