using PressDesk.Localization;
using PressDesk.Prep;

namespace PressDesk.Tests.Prep;

// The phrasing checks out of the box in both languages (issue 17, point 5): the shipped jargon,
// hedging and emphasis lists, chosen by the language of the text, and a speaking rate per language.
public class PhrasingLanguageTests
{
    private const string EnglishJargon = "We are committed to leveraging best-in-class solutions going forward";
    private const string FrenchJargon = "Il est important de noter que nous allons peut-être optimiser les synergies";

    private static PhrasingReport Check(string text, CultureScope _) => PhrasingCheckerTests.Checker.Check(text, UserWords.None);

    [Fact]
    public void Corporate_english_gets_a_jargon_hint_on_top_of_the_concrete_one()
    {
        using var english = Languages.Use(Languages.English);

        var report = Check(EnglishJargon, english);

        Assert.Equal([HintKind.Jargon, HintKind.Concrete], report.Hints.Select(h => h.Kind));
        var jargon = report.Hints[0];
        Assert.Equal(["leveraging", "best-in-class", "going forward", "committed to"], jargon.Terms);
        Assert.Equal("Jargon: “leveraging”, “best-in-class”, “going forward”, “committed to”. Use everyday words.", jargon.Message);
    }

    [Fact]
    public void Langue_de_bois_gets_emphasis_hedging_and_jargon_hints_in_french()
    {
        using var french = Languages.Use(Languages.French);

        var report = Check(FrenchJargon, french);

        Assert.Equal([HintKind.Emphasis, HintKind.Hedging, HintKind.Jargon, HintKind.Concrete], report.Hints.Select(h => h.Kind));
        Assert.Equal(["il est important de noter que"], report.Hints[0].Terms);
        Assert.Equal("Formule d'insistance creuse\u00A0: «\u00A0il est important de noter que\u00A0». Supprimez-la et entrez dans le vif du sujet.", report.Hints[0].Message);
        Assert.Equal(["peut-être"], report.Hints[1].Terms);
        // "synergie" alone is in the list too, but inside the longer expression it is one finding.
        Assert.Equal(["optimiser les synergies"], report.Hints[2].Terms);
        Assert.Equal("Jargon\u00A0: «\u00A0optimiser les synergies\u00A0». Employez des mots de tous les jours.", report.Hints[2].Message);
        Assert.Equal("12 mots, 1 phrase, environ 6 s à l'oral", report.Summary);
    }

    [Fact]
    public void A_french_phrasing_is_checked_as_french_on_english_pages()
    {
        using var english = Languages.Use(Languages.English);

        var report = Check(FrenchJargon, english);

        Assert.Equal([HintKind.Emphasis, HintKind.Hedging, HintKind.Jargon, HintKind.Concrete], report.Hints.Select(h => h.Kind));
        Assert.Equal("Jargon: “optimiser les synergies”. Use everyday words.", report.Hints[2].Message);
        Assert.Equal("12 words, 1 sentence, about 6 s to say", report.Summary);   // at the French rate
    }

    [Theory]
    [InlineData(ShippedWordsTests.ConcreteFrench, "fr")]
    [InlineData(ShippedWordsTests.ConcreteFrench, "en")]
    [InlineData(ShippedWordsTests.ConcreteEnglish, "fr")]
    [InlineData(ShippedWordsTests.ConcreteEnglish, "en")]
    public void A_concrete_sentence_gets_no_hint_in_either_language(string text, string ui)
    {
        using var culture = Languages.Use(Languages.Find(ui)!);

        Assert.Empty(Check(text, culture).Hints);
    }

    [Theory]
    [InlineData("Let me be clear: bills rise by 4% in February.", "let me be clear")]
    [InlineData("I want to stress that 3 million homes pay nothing extra.", "i want to stress that")]
    [InlineData("Je tiens à souligner que 3 millions de foyers ne paient rien de plus.", "je tiens à souligner que")]
    [InlineData("Force est de constater que les prix ont baissé de 2 %.", "force est de constater")]
    public void An_empty_emphasis_opener_is_its_own_hint(string text, string opener)
    {
        using var english = Languages.Use(Languages.English);

        var hint = Assert.Single(Check(text, english).Hints);

        Assert.Equal(HintKind.Emphasis, hint.Kind);
        Assert.Equal([opener], hint.Terms);
        Assert.Equal($"Empty emphasis: “{opener}”. Drop it and start with the point.", hint.Message);
    }

    [Fact]
    public void Jargon_is_matched_as_whole_words_whatever_the_accents_and_case()
    {
        using var french = Languages.Use(Languages.French);

        Assert.Equal(["au jour d'aujourd'hui", "impacter"],
            Check("AU JOUR D'AUJOURD'HUI, la hausse va impacter 3 millions de foyers.", french).Hints.Single(h => h.Kind == HintKind.Jargon).Terms);
        // "acter" is jargon, "contacter" and "Actera" are not.
        Assert.DoesNotContain(Check("Nous allons contacter les 3 000 clients d'Actera.", french).Hints, h => h.Kind == HintKind.Jargon);
    }

    [Fact]
    public void Speaking_time_follows_the_language_of_the_text()
    {
        using var english = Languages.Use(Languages.English);
        // Twenty words each: 8 s at 150 words a minute, 9 s at 140.
        const string englishText = "Households will pay eight per cent more for electricity from the first of February, which is about five pounds monthly.";
        const string frenchText = "Les ménages paieront huit pour cent de plus pour leur électricité dès le premier février, soit environ six euros mensuels.";

        var inEnglish = Check(englishText, english);
        var inFrench = Check(frenchText, english);

        Assert.Equal((20, 20), (inEnglish.Words, inFrench.Words));
        Assert.Equal(8, inEnglish.Seconds);
        Assert.Equal(9, inFrench.Seconds);
    }

    [Theory]
    [InlineData("en", 8)]
    [InlineData("fr", 9)]
    public void With_no_language_to_tell_speaking_time_follows_the_users_language(string ui, int seconds)
    {
        using var culture = Languages.Use(Languages.Find(ui)!);

        var report = Check("12 14 16 18 20 22 24 26 28 30 32 34 36 38 40 42 44 46 48 50", culture);

        Assert.Equal(20, report.Words);
        Assert.Equal(seconds, report.Seconds);
    }

    [Theory]
    [InlineData("Il est important de noter que nous allons peut-être optimiser les synergies", "fr")]
    [InlineData("We are committed to leveraging best-in-class solutions going forward", "en")]
    [InlineData("Synergies.", null)]
    [InlineData("12 %", null)]
    public void The_language_of_a_text_is_told_by_its_common_words(string text, string? language)
    {
        Assert.Equal(language, TextLanguage.Detect(Wording.Tokenize(text)));
    }
}
