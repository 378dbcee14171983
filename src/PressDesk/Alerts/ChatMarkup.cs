using System.Text;

namespace PressDesk.Alerts;

// Third-party text (a journalist's name, an outlet, a topic) made inert for the chat tools a webhook
// posts to, so that it shows as typed and cannot speak with PressDesk's voice: no link, no mention,
// no formatting. Slack reads &, < and > as markup (<!channel>, <@U123>, <https://x|text>), so they
// become entities, which Mattermost's and Teams' Markdown show as the characters. Markdown's own
// signs are escaped with a backslash (Slack shows the backslash, but no Slack syntax is left).
// @channel, @here, @all and @someone get a zero-width space after the @, a scheme's :// one before
// its slashes and www. one before its dot, so no mention fires and no bare address becomes a link. Line breaks become
// spaces: no heading, quote or list can start inside the sentence PressDesk wrote around the text.
public static class ChatMarkup
{
    private const char ZeroWidthSpace = '\u200B';
    private const string MarkdownSigns = "\\`*_~[]()#|";   // ! only makes an image before [, which is escaped

    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': escaped.Append("&amp;"); break;
                case '<': escaped.Append("&lt;"); break;
                case '>': escaped.Append("&gt;"); break;
                case '\r' or '\n' or '\t' or '\u2028' or '\u2029': escaped.Append(' '); break;
                case '@' when i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]):
                    escaped.Append('@').Append(ZeroWidthSpace);
                    break;
                case ':' when text.AsSpan(i).StartsWith("://"):
                    escaped.Append(':').Append(ZeroWidthSpace);
                    break;
                case 'w' or 'W' when text.AsSpan(i).StartsWith("www.", StringComparison.OrdinalIgnoreCase):
                    escaped.Append(text, i, 3).Append(ZeroWidthSpace);
                    i += 2;
                    break;
                default:
                    if (MarkdownSigns.Contains(c)) escaped.Append('\\');
                    escaped.Append(c);
                    break;
            }
        }
        return escaped.ToString();
    }

    // The notice with every field a third party wrote escaped, for words that go to a chat.
    public static AlertNotice Escaped(AlertNotice notice) => notice with
    {
        Journalist = Escape(notice.Journalist),
        Outlet = notice.Outlet is null ? null : Escape(notice.Outlet),
        Topic = Escape(notice.Topic),
    };
}
