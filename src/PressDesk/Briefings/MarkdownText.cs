using System.Text;

namespace PressDesk.Briefings;

// Makes a third-party string inert in Markdown while keeping it readable in the .md file.
// Characters that format, link or open HTML anywhere in a line get a backslash (CommonMark lets
// any ASCII punctuation be escaped, and an escaped one never opens emphasis, a link, an
// autolink, an HTML tag, an entity or a table cell); those that start a block only at the start
// of a line (#, -, +, =, >, "1.") are escaped there. Line breaks become spaces, so a value cannot
// start a block of its own.
public static class MarkdownText
{
    private const string AlwaysEscaped = "\\`*_[]<>()|&~{}!";
    private const string EscapedFirst = "#-+=>.:";

    public static string Escape(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var flat = Flatten(text);
        var builder = new StringBuilder(flat.Length + 16);
        var leadingDigits = true;
        for (var i = 0; i < flat.Length; i++)
        {
            var c = flat[i];
            var atStart = i == 0 || (leadingDigits && c is '.' or ')');
            if (AlwaysEscaped.Contains(c) || (atStart && EscapedFirst.Contains(c))) builder.Append('\\');
            builder.Append(c);
            leadingDigits &= char.IsAsciiDigit(c);
        }
        return builder.ToString();
    }

    public static string? EscapeOrNull(string? text) => string.IsNullOrWhiteSpace(text) ? null : Escape(text);

    // One line, no control characters, no leading or trailing blanks.
    private static string Flatten(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsControl(c) || c is '\u2028' or '\u2029')
            {
                if (c is '\n' or '\r' or '\t' or '\f' or '\v' && builder.Length > 0 && builder[^1] != ' ') builder.Append(' ');
                continue;
            }
            builder.Append(c);
        }
        return builder.ToString().Trim();
    }
}
