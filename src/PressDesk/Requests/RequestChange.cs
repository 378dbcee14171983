using System.Globalization;

namespace PressDesk.Requests;

// One correction of a request, as its history shows it. Before and After are stored text: a
// journalist's id, a channel's name, a time in ISO-8601; null when blank (or erased).
public sealed record RequestChange(DateTimeOffset ChangedAt, string ChangedBy, string Field, string? Before, string? After)
{
    public const string Journalist = "journalist";
    public const string Topic = "topic";
    public const string Question = "question";
    public const string Channel = "channel";
    public const string ReceivedAt = "received_at";
    public const string Deadline = "deadline";

    public static string Label(string field) => field switch
    {
        Journalist => "Journalist",
        Topic => "Topic",
        Question => "Question",
        Channel => "Channel",
        ReceivedAt => "Message left at",
        Deadline => "Journalist's deadline",
        _ => field,
    };

    public static DateTimeOffset? Time(string? value) =>
        value is null ? null : DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
}

// What a correction changed (field names), and the alerts that had already fired for times it moved.
public sealed record RequestCorrection(IReadOnlyList<string> Changed, IReadOnlyList<(string Kind, DateTimeOffset FiredAt)> AlreadyFired);
