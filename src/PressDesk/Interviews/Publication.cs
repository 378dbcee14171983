namespace PressDesk.Interviews;

// The outcome of a request: printed (with what) or not. Leaks are the off-record and
// deep-background statements found in the pasted article text.
public sealed record Publication(
    long RequestId,
    bool Published,
    string? Title,
    string? Url,
    DateOnly? PublishedOn,
    bool Quoted,
    bool? AttributionCorrect,
    string? ArticleText,
    IReadOnlyList<string> PhrasingsUsed,
    IReadOnlyList<Statement> Leaks);

public sealed class PublicationInput
{
    public bool Published { get; set; } = true;
    public string? Title { get; set; }
    public string? Url { get; set; }
    public DateOnly? PublishedOn { get; set; }
    public bool Quoted { get; set; }
    public string? AttributionCorrect { get; set; }
    public string? ArticleText { get; set; }
    public List<string> Phrasings { get; set; } = [];

    // The phrasings the page already ticked as found in the article and showed to the user.
    public List<string> Suggested { get; set; } = [];
}

public sealed record PublicationDraft(
    bool Published, string? Title, string? Url, DateOnly? PublishedOn, bool Quoted, bool? AttributionCorrect,
    string? ArticleText, IReadOnlyList<string> Phrasings);
