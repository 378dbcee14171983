using MimeKit;
using PressDesk.Requests;

namespace PressDesk.Intake;

// Turns a journalist's email into an intake message: sender, subject as topic, the body as plain
// text without the quoted thread and signature, attachment names only. MimeKit decodes the
// transfer encodings and charsets (quoted-printable, base64, ISO-8859-1, UTF-8).
public static class EmailReader
{
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
