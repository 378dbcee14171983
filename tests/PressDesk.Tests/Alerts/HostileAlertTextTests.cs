using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Markdig;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Alerts;

// What a journalist (or whoever fills a phone system's form) writes reaches the team's chat and
// mailbox as text: no link, no mention and no formatting in the webhook's text, and a subject that
// decodes to exactly what was typed, even when it looks like MIME.
public sealed partial class HostileAlertTextTests(WebhookReceiver receiver, SmtpListener smtp) : AlertTest(new Dictionary<string, string?>
{
    ["PressDesk:Alerts:Webhook:Url"] = receiver.Url,
    ["PressDesk:Alerts:Email:Host"] = "127.0.0.1",
    ["PressDesk:Alerts:Email:Port"] = smtp.Port.ToString(CultureInfo.InvariantCulture),
    ["PressDesk:Alerts:Email:Security"] = "None",
    ["PressDesk:Alerts:Email:From"] = "PressDesk <pressdesk@example.org>",
    ["PressDesk:Alerts:Email:To"] = "expert@example.org",
    ["PressDesk:PublicUrl"] = "https://pressdesk.example.org/",
}), IClassFixture<WebhookReceiver>, IClassFixture<SmtpListener>
{
    private const string Name = "[Click](https://evil.test) <!channel> <@U024BE7LH> =?utf-8?q?Urgent=21?=";
    private const string Outlet = "<https://evil.test|Open> @here *Le* _Monde_ ~x~ `rm` & co";
    private const string Topic = "**Grid** @all www.evil.test #general ![x](https://evil.test/p.png)";

    private static readonly MarkdownPipeline CommonMarkChat = new MarkdownPipelineBuilder().UseAutoLinks().UseEmphasisExtras().Build();

    public override async Task InitializeAsync()
    {
        await receiver.ResetAsync();
        await base.InitializeAsync();
    }

    [Fact]
    public async Task The_webhook_text_of_a_hostile_name_has_no_link_mention_or_formatting()
    {
        var id = await LogHostileAsync();
        await PassAsync();
        await Outbox.DeliverDueAsync(default);

        var text = (string)Assert.Single(receiver.Received)["text"]!;
        var link = $"https://pressdesk.example.org/requests/{id}";

        // Slack: no <...> control sequence (<!channel>, <@U…>, <url|text>) is left.
        Assert.DoesNotContain('<', text);
        Assert.DoesNotContain('>', text);
        // Mattermost and Slack mentions.
        Assert.DoesNotMatch(Mention(), text);
        // Markdown (Mattermost, Teams), read as a CommonMark chat reads it: one link, PressDesk's own.
        var html = Markdown.ToHtml(text, CommonMarkChat);
        Assert.Equal([link], Links().Matches(html).Select(m => m.Groups["href"].Value));
        foreach (var tag in new[] { "<em>", "<strong>", "<code>", "<del>", "<img", "<h1" }) Assert.DoesNotContain(tag, html);
        // And what the team reads is what was typed.
        var shown = WebUtility.HtmlDecode(Regex.Replace(html, "<[^>]+>", "")).Replace("\u200B", "");
        Assert.Contains(Name, shown);
        Assert.Contains(Outlet, shown);
        Assert.Contains(Topic, shown);
    }

    [Fact]
    public async Task A_literal_encoded_word_reaches_the_subject_as_typed()
    {
        await LogHostileAsync();
        await PassAsync();
        await Outbox.DeliverDueAsync(default);

        var message = Assert.Single(smtp.Messages, m => m.Subject?.Contains("Call back soon", StringComparison.Ordinal) == true);
        Assert.Equal($"PressDesk: Call back soon: {Name} ({Outlet})", message.Subject);
        Assert.Contains(Topic, message.TextBody);
    }

    private async Task<long> LogHostileAsync()
    {
        var created = await Api.PostJsonAsync("/api/requests", new
        {
            journalist = new { name = Name, outlet = Outlet },
            topic = Topic,
            channel = "phone",
            receivedAt = Now.AddMinutes(-20),
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (long)(await created.JsonAsync())["id"]!;
    }

    [GeneratedRegex(@"(?<![\w@])@(?:channel|here|all|everyone|U\w+)\b|<[!@]")]
    private static partial Regex Mention();

    [GeneratedRegex("""<a href="(?<href>[^"]*)""")]
    private static partial Regex Links();
}
