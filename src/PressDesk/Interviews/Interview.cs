namespace PressDesk.Interviews;

public enum InterviewFormat { Conversation, QandA }

// How a statement may be used: on the record, background (not for attribution), deep background
// or off the record; anything not on the record needs the journalist's explicit agreement. Stored as its name.
public enum AttributionLevel { OnRecord, Background, DeepBackground, OffRecord }

// Whether the journalist explicitly agreed to a statement's level, when it is not on the record.
public enum Agreement { NotAsked, Yes, No }

public sealed record Interview(
    long RequestId,
    InterviewFormat Format,
    DateTimeOffset HeldAt,
    TimeSpan? Duration,
    string? Notes,
    IReadOnlyList<Statement> Statements)
{
    // The notes were sealed with a key that is lost: Notes is null.
    public bool NotesUnreadable { get; init; }
}

// Text is null when it cannot be read: Unreadable says the key that sealed it is gone,
// otherwise the journalist's data was erased.
public sealed record Statement(
    long Id,
    int Position,
    AttributionLevel Level,
    string? Text,
    bool Unreadable,
    bool IsQuote,
    Agreement? Agreement,
    DateTimeOffset? AgreedAt,
    string? AgreementHow)
{
    public bool IsOnRecord => Level == AttributionLevel.OnRecord;

    // What must never reach print: the leak check looks for these in the article.
    public bool MustNotLeak => Level is AttributionLevel.OffRecord or AttributionLevel.DeepBackground;

    public bool WithoutAgreement => !IsOnRecord && Agreement != Interviews.Agreement.Yes;
}

public static class LedgerLabels
{
    public static string Label(this AttributionLevel level) => level switch
    {
        AttributionLevel.OnRecord => "On the record",
        AttributionLevel.Background => "Background (not for attribution)",
        AttributionLevel.DeepBackground => "Deep background",
        AttributionLevel.OffRecord => "Off the record",
        _ => level.ToString(),
    };

    public static string Label(this Agreement agreement) => agreement switch
    {
        Agreement.Yes => "The journalist agreed",
        Agreement.No => "The journalist did not agree",
        _ => "Not asked",
    };

    public static string Label(this InterviewFormat format) =>
        format == InterviewFormat.QandA ? "Q&A (questions and answers printed as such)" : "Conversation";
}
