namespace PressDesk.Interviews;

// What the interview form sends, before validation. Times are already converted to UTC.
public sealed class InterviewInput
{
    public string? Format { get; set; }
    public DateTimeOffset? HeldAt { get; set; }
    public int? DurationMinutes { get; set; }
    public string? Notes { get; set; }
    public List<StatementInput> Statements { get; set; } = [];
}

public sealed class StatementInput
{
    public string? Text { get; set; }
    public string? Level { get; set; }
    public bool IsQuote { get; set; }
    public bool QuoteConfirmed { get; set; }   // "yes, I mean it" for a quote that is not on the record
    public string? Agreement { get; set; }
    public DateTimeOffset? AgreedAt { get; set; }
    public string? AgreementHow { get; set; }
}

public sealed record InterviewDraft(
    InterviewFormat Format, DateTimeOffset HeldAt, TimeSpan? Duration, string? Notes, IReadOnlyList<StatementDraft> Statements);

public sealed record StatementDraft(
    string Text, AttributionLevel Level, bool IsQuote, Agreement? Agreement, DateTimeOffset? AgreedAt, string? AgreementHow);
