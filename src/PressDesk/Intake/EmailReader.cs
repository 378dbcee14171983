using System.Text;
using MimeKit;
using PressDesk.Requests;

namespace PressDesk.Intake;

// Turns a journalist's email into an intake message: sender, subject as topic, the body as plain
// text without the quoted thread and signature, attachment names only. MimeKit decodes the
// transfer encodings and charsets (quoted-printable, base64, ISO-8859-1, UTF-8).
public static class EmailReader
{
    // The raw bytes of a mail (a dropped .eml, a message fetched from the mailbox) as an intake
    // message, or the reason they cannot be one. MimeKit is lenient: it makes a message out of
    // almost anything, so a cut-off or foreign file must be caught here.
    public static (IntakeMessage? Message, IntakeProblem? Problem) Parse(byte[] content, IntakeSource source, string sourceName)
    {
        MimeMessage mail;
        try
        {
            mail = MimeMessage.Load(new MemoryStream(content, writable: false));
        }
        catch (FormatException e)
        {
            return (null, new("This is not an email MimeKit can read: {0}", e.Message));
        }
        if (Truncation(mail, content) is { } truncated) return (null, truncated);
        if (!mail.From.Mailboxes.Any() && mail.Sender is null)
            return (null, new("The email has no From address, so there is no journalist to log it for (is it an email at all?)."));
        return (Read(mail, source, sourceName, content), null);
    }

    // A message whose header block never ends, or whose multipart body never reaches its closing
    // boundary, was cut off (a copy interrupted, a disk full): storing it would store half a question.
    private static IntakeProblem? Truncation(MimeMessage mail, byte[] content)
    {
        if (content.AsSpan().IndexOf("\n\n"u8) < 0 && content.AsSpan().IndexOf("\r\n\r\n"u8) < 0)
            return new("The email is truncated or not an email: its headers never end (no blank line before the body).");
        foreach (var boundary in Boundaries(mail.Body))
        {
            if (content.AsSpan().IndexOf(Encoding.ASCII.GetBytes($"--{boundary}--")) < 0)
                return new("The email is truncated: its multipart body never reaches its closing boundary \"{0}\".", $"--{boundary}--");
        }
        return null;
    }

    private static IEnumerable<string> Boundaries(MimeEntity? entity) => entity switch
    {
        Multipart multipart => (multipart.Boundary is { } own ? [own] : Array.Empty<string>()).Concat(multipart.SelectMany(Boundaries)),
        MessagePart { Message: { } inner } => Boundaries(inner.Body),
        _ => [],
    };

    public static IntakeMessage Read(MimeMessage mail, IntakeSource source, string sourceName, ReadOnlySpan<byte> raw)
    {
        var sender = mail.From.Mailboxes.FirstOrDefault() ?? mail.Sender;
        var body = mail.TextBody is { Length: > 0 } text ? PlainText.FromMailText(text)
            : mail.HtmlBody is { Length: > 0 } html ? PlainText.FromHtml(html)
            : null;
        return new IntakeMessage
        {
            Identity = string.IsNullOrWhiteSpace(mail.MessageId)
                ? IntakeMessage.ContentIdentity(raw)
                : IntakeMessage.MessageIdIdentity(mail.MessageId),
            Source = source,
            SourceName = sourceName,
            JournalistName = string.IsNullOrWhiteSpace(sender?.Name) ? null : sender.Name.Trim(),
            JournalistEmail = string.IsNullOrWhiteSpace(sender?.Address) ? null : sender.Address.Trim(),
            Topic = string.IsNullOrWhiteSpace(mail.Subject) ? FirstLine(body) : mail.Subject.Trim(),
            Question = PlainText.TrimReply(body),
            Channel = Channel.Email.Name(),
            // MimeKit gives MinValue when the Date header is missing or unreadable: then "now".
            SentAt = mail.Date == DateTimeOffset.MinValue ? null : mail.Date,
            Attachments = mail.Attachments
                .Select(a => a.ContentDisposition?.FileName ?? a.ContentType.Name ?? "unnamed attachment")
                .ToList(),
        };
    }

    private static string? FirstLine(string? body) =>
        body?.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
}
