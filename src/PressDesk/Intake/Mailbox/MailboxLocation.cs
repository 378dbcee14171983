using System.Text.RegularExpressions;

namespace PressDesk.Intake.Mailbox;

// Where one message sits in the mailbox, written like the path of an RFC 5092 IMAP URL
// ("Press;UIDVALIDITY=1795876844/;UID=42") followed by its subject for people. A UID means
// nothing without its folder's UIDVALIDITY: when the server renumbers a folder, the old name
// no longer points anywhere rather than at another message.
public sealed partial record MailboxLocation(string Folder, uint UidValidity, uint Uid)
{
    private const int SubjectLength = 80;

    public string SourceName(string? subject)
    {
        var path = $"{Folder};UIDVALIDITY={UidValidity}/;UID={Uid}";
        if (string.IsNullOrWhiteSpace(subject)) return path;
        var clipped = subject.Trim().ReplaceLineEndings(" ");
        return $"{path} “{(clipped.Length <= SubjectLength ? clipped : clipped[..(SubjectLength - 1)] + "…")}”";
    }

    public static MailboxLocation? Parse(string sourceName) =>
        Path().Match(sourceName) is { Success: true } m
        && uint.TryParse(m.Groups["validity"].ValueSpan, out var validity)
        && uint.TryParse(m.Groups["uid"].ValueSpan, out var uid)
            ? new MailboxLocation(m.Groups["folder"].Value, validity, uid)
            : null;

    [GeneratedRegex(@"^(?<folder>.+?);UIDVALIDITY=(?<validity>\d+)/;UID=(?<uid>\d+)(?: |$)")]
    private static partial Regex Path();
}
