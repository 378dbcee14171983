using PressDesk.Prep;

namespace PressDesk.Tests.Prep;

// The lists PressDesk ships (Prep/Words/*.txt): big enough to work out of the box, without
// repeats, and with nothing that would flag a plain factual sentence.
public class ShippedWordsTests
{
    public const string ConcreteFrench = "Le tarif réglementé augmentera de 4 % le 1er février, soit 6 euros par mois pour un foyer moyen.";
    public const string ConcreteEnglish = "The regulated tariff rises by 4% on 1 February, about £5 a month for an average household.";

    public static TheoryData<string, int> Lists => new()
    {
        { "jargon-fr.txt", 200 },
        { "jargon-en.txt", 200 },
        { "hedges-fr.txt", 120 },
        { "hedges-en.txt", 120 },
        { "openers-fr.txt", 40 },
        { "openers-en.txt", 40 },
    };

    private static List<string> Entries(string file) =>
        ShippedWords.Read(file).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();

    // Two lines are the same entry when they match the same words ("peut-être" and "peut etre").
    private static string Key(string entry) => string.Join(' ', Wording.Words(entry));

    [Theory]
    [MemberData(nameof(Lists))]
    public void Each_list_is_big_enough_lowercase_and_has_no_repeats(string file, int atLeast)
    {
        var entries = Entries(file);

        Assert.True(entries.Count >= atLeast, $"{file} has {entries.Count} entries, fewer than {atLeast}.");
        Assert.DoesNotContain(entries, e => !string.Equals(e, e.ToLowerInvariant(), StringComparison.Ordinal));
        Assert.DoesNotContain(entries, e => Wording.Words(e).Length == 0);
        var repeats = entries.GroupBy(Key).Where(g => g.Count() > 1).Select(g => string.Join(" = ", g)).ToList();
        Assert.True(repeats.Count == 0, $"{file} repeats: {string.Join("; ", repeats)}");
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public void No_entry_matches_inside_a_concrete_sentence(string file, int atLeast)
    {
        _ = atLeast;
        var sentences = new[] { ConcreteFrench, ConcreteEnglish }.Select(Wording.Tokenize).ToList();

        var hits = Entries(file)
            .Where(e => sentences.Any(s => new WordList([e]).FindIn(s, plurals: true).Count > 0))
            .ToList();

        Assert.True(hits.Count == 0, $"{file} flags a concrete sentence with: {string.Join(", ", hits)}");
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("en")]
    public void A_language_puts_each_expression_in_one_kind_only(string language)
    {
        var kinds = new[] { "hedges", "jargon", "openers" }
            .SelectMany(kind => Entries($"{kind}-{language}.txt").Select(e => (Kind: kind, Key: Key(e))))
            .ToList();

        var shared = kinds.GroupBy(k => k.Key).Where(g => g.Select(k => k.Kind).Distinct().Count() > 1)
            .Select(g => $"{g.Key} ({string.Join(", ", g.Select(k => k.Kind))})").ToList();

        Assert.True(shared.Count == 0, $"In two kinds at once: {string.Join("; ", shared)}");
    }

    [Fact]
    public void The_loaded_lists_are_the_embedded_files()
    {
        var shipped = ShippedWords.Load();

        Assert.Equal(Entries("jargon-fr.txt").Count, shipped.French.Jargon.Count);
        Assert.Equal(Entries("jargon-en.txt").Count, shipped.English.Jargon.Count);
        Assert.Equal(Entries("openers-fr.txt").Count, shipped.French.Openers.Count);
        Assert.Contains("optimiser les synergies", shipped.French.Jargon.Entries);
        Assert.Contains("best-in-class", shipped.English.Jargon.Entries);
        Assert.Contains("let me be clear", shipped.English.Openers.Entries);
    }
}
