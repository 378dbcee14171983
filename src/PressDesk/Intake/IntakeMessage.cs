namespace PressDesk.Intake;

public enum IntakeSource { Drop, Imap }

// One message as a source read it, before validation. Every source (drop folder, mailbox) turns
// what it read into this and hands it to the IntakePipeline.
public sealed record IntakeMessage
{
    // "mid:<Message-ID>" when the message has one, else "sha256:<hash of its content>".
    public required string Identity { get; init; }
    public required IntakeSource Source { get; init; }

    // Where it came from, for people: the file name, or "folder/UID" in the mailbox.
    public required string SourceName { get; init; }

    public string? JournalistName { get; init; }
    public string? JournalistEmail { get; init; }
    public string? JournalistPhone { get; init; }
    public string? Outlet { get; init; }
    public string? Topic { get; init; }
    public string? Question { get; init; }
    public string? Channel { get; init; }
    public DateTimeOffset? SentAt { get; init; }
    public DateTimeOffset? Deadline { get; init; }
    public IReadOnlyList<string> Attachments { get; init; } = [];

    public static string ContentIdentity(ReadOnlySpan<byte> content) =>
        "sha256:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content));

    public static string MessageIdIdentity(string messageId) => "mid:" + messageId.Trim().Trim('<', '>');
}

public abstract record IntakeOutcome
{
    public sealed record Stored(long RequestId) : IntakeOutcome;

    // Its identity was already stored: the same message seen again (dropped twice, re-fetched, replayed).
    public sealed record Duplicate(long RequestId) : IntakeOutcome;

    public sealed record Rejected(IntakeReason Reason) : IntakeOutcome;
}
