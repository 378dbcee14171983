using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace PressDesk.Intake;

// Mail bodies as the plain text a request keeps: HTML flattened, the quoted thread and the
// signature cut where they can be recognised (the common English and French client markers).
public static partial class PlainText
{
    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "pre", "hr", "section", "article",
    };

    // Quoted earlier messages in HTML mail: Gmail, Apple Mail and Thunderbird use blockquote,
    // Gmail also wraps them in .gmail_quote, Outlook starts them at #divRplyFwdMsg or #appendonsend.
    private const string QuotedHtml = "blockquote, .gmail_quote, #divRplyFwdMsg, #appendonsend, script, style, head, title";

    public static string FromMailText(string text) => Normalize(text.Replace("\r\n", "\n").Replace('\r', '\n'));

    public static string FromHtml(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        foreach (var quoted in document.QuerySelectorAll(QuotedHtml).ToList()) quoted.Remove();
        var builder = new StringBuilder();
        Append(document.Body ?? (INode)document.DocumentElement, builder);
        return Normalize(builder.ToString());
    }

    // Cuts the quoted thread and the signature from a plain-text body.
    public static string? TrimReply(string? body)
    {
        if (body is null) return null;
        var kept = new List<string>();
        var lines = body.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var next = i + 1 < lines.Length ? lines[i + 1] : "";
            if (EndsTheMessage(line, next)) break;
            if (line.TrimStart().StartsWith('>')) continue;
            kept.Add(line);
        }
        var text = Normalize(string.Join('\n', kept));
        return text.Length == 0 ? null : text;
    }

    private static bool EndsTheMessage(string line, string next) =>
        line.TrimEnd() == "--" || Underline().IsMatch(line)
        || OriginalMessage().IsMatch(line)
        || Attribution().IsMatch(line)
        || (AttributionStart().IsMatch(line) && AttributionEnd().IsMatch(next))
        || (OutlookHeader().IsMatch(line) && next.StartsWith("Sent:", StringComparison.OrdinalIgnoreCase))
        || (OutlookHeader().IsMatch(line) && next.StartsWith("Envoyé :", StringComparison.OrdinalIgnoreCase))
        || SentFromDevice().IsMatch(line);

    private static void Append(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText t) text.Append(Whitespace().Replace(t.Data, " "));
            else if (child is IElement e)
            {
                var block = BlockElements.Contains(e.LocalName);
                if (block) text.Append('\n');
                if (e.LocalName == "li") text.Append("- ");
                Append(e, text);
                if (block && e.LocalName is not ("br" or "li")) text.Append('\n');   // list items one per line, not a paragraph each
            }
        }
    }

    // Trims each line, drops runs of blank lines, trims the whole.
    private static string Normalize(string text)
    {
        var lines = text.Split('\n').Select(l => l.Trim());
        var result = new StringBuilder();
        var blank = 0;
        foreach (var line in lines)
        {
            blank = line.Length == 0 ? blank + 1 : 0;
            if (blank <= 1) result.Append(line).Append('\n');
        }
        return result.ToString().Trim();
    }

    [GeneratedRegex(@"^\s*-{2,}\s*(Original Message|Message d'origine|Forwarded message|Message transféré)\s*-{2,}", RegexOptions.IgnoreCase)]
    private static partial Regex OriginalMessage();

    [GeneratedRegex(@"^\s*(On\s.+\swrote:|Le\s.+\sa\sécrit\s?:)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Attribution();

    [GeneratedRegex(@"^\s*(On|Le)\s.+\d", RegexOptions.IgnoreCase)]
    private static partial Regex AttributionStart();

    [GeneratedRegex(@"^\s*.*(wrote:|a\sécrit\s?:)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex AttributionEnd();

    [GeneratedRegex(@"^\s*(From|De)\s?:\s*\S", RegexOptions.IgnoreCase)]
    private static partial Regex OutlookHeader();

    [GeneratedRegex(@"^\s*(Sent from my|Envoyé de mon|Get Outlook for)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SentFromDevice();

    // Outlook's rule above the quoted message's From/Sent block.
    [GeneratedRegex(@"^\s*_{10,}\s*$")]
    private static partial Regex Underline();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
