namespace PressDesk.Prep;

// The prep for one request: up to three key points, each with its phrasings.
public sealed record RequestPrep(
    long RequestId,
    long? FocusAreaId,
    string? FocusAreaName,
    DateTimeOffset StartedAt,
    DateTimeOffset? ReadyAt,
    IReadOnlyList<KeyPoint> KeyPoints)
{
    public const int KeyPointCount = 3;

    public bool IsReady => ReadyAt is not null;

    public TimeSpan? Duration => ReadyAt - StartedAt;
}

public sealed record KeyPoint(int Position, string Text, IReadOnlyList<Phrasing> Phrasings);

// ReusedFrom names the library phrasing this one started from, when it did.
public sealed record Phrasing(string Text, LibraryRef? ReusedFrom);

public sealed record LibraryRef(long EntryId, long RequestId, string Topic);

// What a person or an integration sends, before validation.
public sealed class KeyPointInput
{
    public string? Text { get; set; }
    public List<PhrasingInput?>? Phrasings { get; set; }
}

public sealed class PhrasingInput
{
    public string? Text { get; set; }
    public long? ReusedFrom { get; set; }
}

// A prep that passed validation, ready to store. Ready sets the ready mark; otherwise KeepReady
// leaves it as it is (autosave of text that passes the ready rules) and a plain draft clears it.
public sealed record PrepDraft(IReadOnlyList<KeyPointDraft> KeyPoints, bool Ready, bool KeepReady = false);

// The area of expertise a prep is filed under, as the user chose it (null: none).
public sealed record AreaChoice(long? FocusAreaId);

public sealed record KeyPointDraft(int Position, string Text, IReadOnlyList<PhrasingDraft> Phrasings);

public sealed record PhrasingDraft(string Text, long? ReusedFrom);
