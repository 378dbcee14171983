using Microsoft.Extensions.Localization;
using PressDesk.Localization;
using PressDesk.Prep;

namespace PressDesk.Tests.Prep;

public class PhrasingCheckerTests
{
    // The app's own localizer, so a French test reads the French catalogue.
    internal static readonly PhrasingChecker Checker = new(
        ShippedWords.Load(),
        new StringLocalizer<PhrasingChecker>(new FeatureLocalizerFactory(new TextCatalogue())));

    private static PhrasingReport Check(string text, UserWords? mine = null) => Checker.Check(text, mine ?? UserWords.None);

    [Fact]
    public void A_crisp_twelve_word_sentence_with_a_number_passes_clean()
    {
        var report = Check("Households will pay 8% more for electricity from the first of February.");

        Assert.Equal(12, report.Words);
        Assert.Equal(1, report.Sentences);
        Assert.Equal(5, report.Seconds);
        Assert.Empty(report.Hints);
        Assert.Equal("12 words, 1 sentence, about 5 s to say", report.Summary);
    }

    [Fact]
    public void A_45_word_sentence_is_too_long_to_be_quoted()
    {
        var report = Check(
            "The regulator has to weigh the interests of households who struggle with their bills against the need " +
            "for suppliers to recover the cost of power on the wholesale market in a winter when demand is high and " +
            "supply from the continent is uncertain for 2027.");

        Assert.Equal(45, report.Words);
        Assert.Equal(18, report.Seconds);
        var hint = Assert.Single(report.Hints);
        Assert.Equal(HintKind.Length, hint.Kind);
        Assert.Equal("Too long to be quoted: 45 words. Printed quotes are usually under 30.", hint.Message);
    }

    [Fact]
    public void French_hedging_is_found_whatever_the_accents_and_case()
    {
        var report = Check("C'est peut-être, en quelque sorte, une hausse de 10 % pour les ménages.");

        var hint = Assert.Single(report.Hints);
        Assert.Equal(HintKind.Hedging, hint.Kind);
        Assert.Equal(["peut-être", "en quelque sorte"], hint.Terms);
        Assert.Equal("Hedging or vague: “peut-être”, “en quelque sorte”. Say it plainly.", hint.Message);

        Assert.Equal(["peut-être", "plus ou moins", "éventuellement"],
            Check("PEUT ETRE une hausse, eventuellement, de 10 %, Plus-ou-moins.").Hints.Single().Terms);
    }

    [Fact]
    public void English_hedging_is_found_and_a_vague_phrasing_is_nudged_to_be_concrete()
    {
        var report = Check("It depends, prices could go up somewhat this winter.");

        Assert.Equal([HintKind.Hedging, HintKind.Concrete], report.Hints.Select(h => h.Kind));
        Assert.Equal(["it depends", "somewhat"], report.Hints[0].Terms);
        Assert.Equal("Nothing concrete yet: add a number, a name or an example.", report.Hints[1].Message);
    }

    [Theory]
    [InlineData("Prices rise twice as fast as wages.")]
    [InlineData("Ask Claire Martin at the regulator how bills are set.")]
    [InlineData("Look at Spain, par exemple, where bills fell.")]
    [InlineData("Les prix ont augmenté de trois points.")]
    public void A_number_a_name_or_an_example_makes_a_phrasing_concrete(string text)
    {
        Assert.DoesNotContain(Check(text).Hints, h => h.Kind == HintKind.Concrete);
    }

    [Fact]
    public void Words_match_whole_words_only()
    {
        // "maybe" inside "Maybelline", "rather" inside "Rathers" are not hedges.
        Assert.Empty(Check("Maybelline sold 20 lipsticks to the Rathers family.").Hints);
    }

    [Fact]
    public void The_users_own_hedges_and_jargon_count_too()
    {
        var mine = new UserWords(["if you will"], ["TURPE", "capacity mechanism"]);

        var report = Check("The TURPE and the capacity mechanisms add 12 euros, if you will.", mine);

        Assert.Equal(["if you will"], report.Hints.Single(h => h.Kind == HintKind.Hedging).Terms);
        var jargon = report.Hints.Single(h => h.Kind == HintKind.Jargon);
        Assert.Equal(["TURPE", "capacity mechanism"], jargon.Terms);
        Assert.Equal("Jargon: “TURPE”, “capacity mechanism”. Use everyday words.", jargon.Message);
    }

    [Fact]
    public void More_than_two_sentences_is_flagged()
    {
        var report = Check("Bills go up 8%. Not everyone pays. E.g. the 3 million on social tariffs are spared.");

        Assert.Equal(3, report.Sentences);
        Assert.Contains(report.Hints, h => h.Kind == HintKind.Sentences && h.Message == "3 sentences: a quote is one or two.");
    }

    [Fact]
    public void Blank_text_has_no_hints()
    {
        var report = Check("   ");
        Assert.Equal(0, report.Words);
        Assert.Empty(report.Hints);
    }
}
