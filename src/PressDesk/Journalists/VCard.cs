using System.Text;
using PressDesk.Requests;

namespace PressDesk.Journalists;

// A vCard 4.0 (RFC 6350) for one journalist, written by hand: the format is a few lines of text.
public static class VCard
{
    public static string Write(Journalist journalist)
    {
        var card = new StringBuilder();
        Line(card, "BEGIN:VCARD");
        Line(card, "VERSION:4.0");
        Line(card, "KIND:individual");
        Line(card, "FN:" + Escape(journalist.Name));
        if (journalist.Outlet is { } outlet) Line(card, "ORG:" + Escape(outlet));
        if (journalist.Beat is { } beat) Line(card, "TITLE:" + Escape(beat));
        if (journalist.Email is { } email)
            Line(card, (journalist.PreferredChannel == Channel.Email ? "EMAIL;PREF=1:" : "EMAIL:") + Escape(email));
        if (journalist.Phone is { } phone)
            Line(card, (journalist.PreferredChannel is Channel.Phone or Channel.Sms ? "TEL;VALUE=text;PREF=1:" : "TEL;VALUE=text:") + Escape(phone));
        if (journalist.Notes is { } notes) Line(card, "NOTE:" + Escape(notes));
        Line(card, "END:VCARD");
        return card.ToString();
    }

    // RFC 6350 3.4: backslash, comma and semicolon are escaped, and a line break is written as \n.
    public static string Escape(string value) => value
        .Replace(@"\", @"\\")
        .Replace(",", @"\,")
        .Replace(";", @"\;")
        .Replace("\r\n", @"\n")
        .Replace("\n", @"\n")
        .Replace("\r", @"\n");

    // RFC 6350 3.2: lines end with CRLF and are folded at 75 octets, never inside a UTF-8 sequence;
    // a continuation line starts with one space.
    private static void Line(StringBuilder card, string line)
    {
        const int limit = 75;
        var bytes = 0;
        var first = true;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (bytes + size > (first ? limit : limit - 1))
            {
                card.Append("\r\n ");
                bytes = 0;
                first = false;
            }
            card.Append(rune.ToString());
            bytes += size;
        }
        card.Append("\r\n");
    }
}
