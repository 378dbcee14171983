using System.Text;
using MimeKit;

namespace PressDesk.Alerts;

// MimeKit writes a subject's ASCII words as they are, so a topic holding a literal encoded word
// (=?utf-8?q?...?=) would be decoded by the receiver into something else than what was typed. Such a
// subject is written whole as UTF-8 encoded words (RFC 2047, at most 75 characters each, one per
// folded line), which every mail client decodes back to the literal text.
public static class MailSubject
{
    private const int BytesPerWord = 45;   // 60 base64 characters: "=?utf-8?b?" + 60 + "?=" is 72

    public static void Set(MimeMessage message, string subject)
    {
        message.Subject = subject;
        if (subject.Contains("=?", StringComparison.Ordinal))
            message.Headers.First(h => h.Id == HeaderId.Subject).SetRawValue(EncodedWords(subject));
    }

    private static byte[] EncodedWords(string text)
    {
        var words = new List<string>();
        var word = new List<byte>(BytesPerWord);
        Span<byte> utf8 = stackalloc byte[4];
        foreach (var rune in text.EnumerateRunes())   // a character is never split between two words
        {
            var length = rune.EncodeToUtf8(utf8);
            if (word.Count + length > BytesPerWord) Flush();
            word.AddRange(utf8[..length]);
        }
        Flush();
        return Encoding.ASCII.GetBytes(" " + string.Join("\r\n ", words) + "\r\n");

        void Flush()
        {
            if (word.Count == 0) return;
            words.Add($"=?utf-8?b?{Convert.ToBase64String([.. word])}?=");
            word.Clear();
        }
    }
}
