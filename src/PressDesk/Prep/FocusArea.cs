namespace PressDesk.Prep;

// An area of expertise: what the user is competent to talk about, and the words that show a request is about it.
public sealed record FocusArea(long Id, string Name, IReadOnlyList<string> Keywords)
{
    public const int NameMax = 100;
    public const int KeywordMax = 60;
    public const int KeywordsMax = 50;

    // Keywords are typed separated by commas or line breaks.
    public static IReadOnlyList<string> SplitKeywords(string? text) =>
        (text ?? "").Split([',', ';', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .DistinctBy(Wording.Fold)
            .ToList();
}

public enum TriageVerdict { NoAreas, InScope, Outside }

public sealed record TriageResult(TriageVerdict Verdict, FocusArea? Area, IReadOnlyList<string> Matched);

// Is a request within the user's areas of expertise? The area with the most keywords found in
// the topic and question wins; a keyword also matches its plural ("tariff" finds "tariffs").
public static class Triage
{
    public static TriageResult Of(string topic, string question, IReadOnlyList<FocusArea> areas)
    {
        if (areas.Count == 0) return new TriageResult(TriageVerdict.NoAreas, null, []);
        var tokens = Wording.Tokenize($"{topic}\n{question}");
        var best = areas
            .Select(a => (Area: a, Matched: new WordList(a.Keywords).FindIn(tokens, plurals: true)))
            .Where(x => x.Matched.Count > 0)
            .OrderByDescending(x => x.Matched.Count)
            .ThenBy(x => x.Area.Id)
            .FirstOrDefault();
        return best.Area is null
            ? new TriageResult(TriageVerdict.Outside, null, [])
            : new TriageResult(TriageVerdict.InScope, best.Area, best.Matched);
    }
}
