using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using PressDesk.Localization;

namespace PressDesk.Prep;

public enum HintKind { Length, Sentences, Hedging, Jargon, Emphasis, Concrete }

public sealed record PhrasingHint(HintKind Kind, string Message, IReadOnlyList<string> Terms);

public sealed record PhrasingReport(int Words, int Sentences, int Seconds, string Summary, IReadOnlyList<PhrasingHint> Hints);

// The one set of phrasing checks: the prep page renders them, and the page script asks the
// check endpoint for them while the user types. Hints, never blockers. The messages follow the
// user's language; the lists and the speaking rate follow the language of the text, so a French
// phrasing is checked as French on English pages too.
public sealed partial class PhrasingChecker(ShippedWords shipped, IStringLocalizer<PhrasingChecker> localizer)
{
    // Printed quotes are rarely longer than this; past it a journalist cuts or paraphrases.
    public const int QuotableWords = 30;
    // A quote is one or two sentences.
    public const int QuotableSentences = 2;

    public PhrasingReport Check(string text, UserWords mine)
    {
        var words = WordRun().Count(text);
        var sentences = SentenceBreak().Split(text.Trim()).Count(s => WordRun().IsMatch(s));
        var tokens = Wording.Tokenize(text);
        var language = TextLanguage.Detect(tokens);
        var lists = shipped.For(language);
        var rate = SpeakingRate.WordsPerMinute(language ?? Languages.CodeOf(CultureInfo.CurrentUICulture));
        var seconds = (int)Math.Ceiling(words * 60.0 / rate);
        var hints = new List<PhrasingHint>();

        if (words > QuotableWords)
            hints.Add(Hint(HintKind.Length, [], "Too long to be quoted: {0} words. Printed quotes are usually under {1}.", words, QuotableWords));
        if (sentences > QuotableSentences)
            hints.Add(Hint(HintKind.Sentences, [], "{0} sentences: a quote is one or two.", sentences));

        var openers = lists.Openers.FindIn(tokens);
        if (openers.Count > 0)
            hints.Add(Hint(HintKind.Emphasis, openers, "Empty emphasis: {0}. Drop it and start with the point.", Quoted(openers)));

        var hedges = lists.Hedges.With(mine.Hedges).FindIn(tokens);
        if (hedges.Count > 0)
            hints.Add(Hint(HintKind.Hedging, hedges, "Hedging or vague: {0}. Say it plainly.", Quoted(hedges)));

        var jargon = lists.Jargon.With(mine.Jargon).FindIn(tokens, plurals: true);
        if (jargon.Count > 0)
            hints.Add(Hint(HintKind.Jargon, jargon, "Jargon: {0}. Use everyday words.", Quoted(jargon)));

        if (words > 0 && !IsConcrete(tokens))
            hints.Add(Hint(HintKind.Concrete, [], "Nothing concrete yet: add a number, a name or an example."));

        var summary = string.Join(", ",
            localizer.Plural(words, "{0} word", "{0} words").Value,
            localizer.Plural(sentences, "{0} sentence", "{0} sentences").Value,
            localizer["about {0} s to say", seconds].Value);
        return new PhrasingReport(words, sentences, seconds, summary, hints);
    }

    // A digit, a number word, an example marker, or a capitalised word inside a sentence (a name).
    private bool IsConcrete(IReadOnlyList<Token> tokens) =>
        tokens.Any(t => t.Folded.Any(char.IsDigit))
        || tokens.Any(t => !t.StartsSentence && char.IsUpper(t.Original[0]) && t.Original != "I")
        || shipped.Concrete.FindIn(tokens, plurals: true).Count > 0;

    private PhrasingHint Hint(HintKind kind, IReadOnlyList<string> terms, string message, params object[] args) =>
        new(kind, localizer[message, args].Value, terms);

    // Each language's own quotation marks: « terme » in French (with no-break spaces, as the
    // French catalogue writes them), “term” in English.
    private static string Quoted(IEnumerable<string> terms) =>
        string.Join(", ", terms.Select(t => Languages.IsFrench(CultureInfo.CurrentUICulture) ? $"«\u00A0{t}\u00A0»" : $"“{t}”"));

    [GeneratedRegex(@"[^\s]*[\p{L}\p{N}][^\s]*")]
    private static partial Regex WordRun();

    // A sentence ends at . ! ? or … followed by space and a capital or a digit ("e.g. the" does not end one).
    [GeneratedRegex(@"(?<=[.!?…][""'”»)]*)\s+(?=[""'“«(]*[\p{Lu}\p{N}])|\n\s*")]
    private static partial Regex SentenceBreak();
}
