using System.Text;
using MimeKit;

namespace PressDesk.Intake;

// A dropped file's bytes as an intake message, or the reason they cannot be one. MimeKit is
// lenient: it makes a message out of almost anything, so a cut-off file must be caught here.
public static class DropFileReader
{
    public static (IntakeMessage? Message, string? Problem) Read(byte[] content, string fileName, string sourceName)
    {
        if (content.Length == 0) return (null, "The file is empty.");
        return fileName.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
            ? JsonIntakeReader.Read(content, IntakeSource.Drop, sourceName)
            : ReadEmail(content, sourceName);
    }

    private static (IntakeMessage?, string?) ReadEmail(byte[] content, string sourceName)
    {
        MimeMessage mail;
        try
        {
            mail = MimeMessage.Load(new MemoryStream(content, writable: false));
        }
        catch (FormatException e)
        {
            return (null, $"The file is not an email MimeKit can read: {e.Message}");
        }
        if (Truncation(mail, content) is { } truncated) return (null, truncated);
        if (!mail.From.Mailboxes.Any() && mail.Sender is null)
            return (null, "The email has no From address, so there is no journalist to log it for (is the file an email at all?).");
        return (EmailReader.Read(mail, IntakeSource.Drop, sourceName, content), null);
    }

    // A message whose header block never ends, or whose multipart body never reaches its closing
    // boundary, was cut off (a copy interrupted, a disk full): storing it would store half a question.
    private static string? Truncation(MimeMessage mail, byte[] content)
    {
        if (content.AsSpan().IndexOf("\n\n"u8) < 0 && content.AsSpan().IndexOf("\r\n\r\n"u8) < 0)
            return "The email is truncated or not an email: its headers never end (no blank line before the body).";
        foreach (var boundary in Boundaries(mail.Body))
        {
            if (content.AsSpan().IndexOf(Encoding.ASCII.GetBytes($"--{boundary}--")) < 0)
                return $"The email is truncated: its multipart body never reaches its closing boundary \"--{boundary}--\".";
        }
        return null;
    }

    private static IEnumerable<string> Boundaries(MimeEntity? entity) => entity switch
    {
        Multipart multipart => (multipart.Boundary is { } own ? [own] : Array.Empty<string>()).Concat(multipart.SelectMany(Boundaries)),
        MessagePart { Message: { } inner } => Boundaries(inner.Body),
        _ => [],
    };
}
