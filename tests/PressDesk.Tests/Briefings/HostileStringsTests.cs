using System.Net.Http.Json;
using System.Text.Json;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Briefings;

// Journalist names, outlets, topics, questions and phrasings come from third parties (emails,
// the drop folder, the API): whatever they hold, the sheet shows it as text.
public class HostileStringsTests : AppTest
{
    public static readonly TheoryData<string> Corpus = new()
    {
        "*Le* [Monde](javascript:alert(1))",
        "<script>alert('x')</script>",
        "<img src=x onerror=alert(1)>",
        "[click](javascript:alert(document.cookie)) <javascript:alert(1)>",
        "&lt;script&gt; &amp; &#x3C;b&#x3E; &quot;",
        "# Heading _under_ **bold** `code` ~~gone~~ | pipe |",
        "1. not a list - nor + this > quote",
        "Sup" + new string('e', 150) + "rlongword",
        "\u202Eevil.exe\u202C Nom\u200B\u200Bde\u200Dplume \u05E9\u05DC\u05D5\u05DD \u0645\u0631\u062D\u0628\u0627",
        "line one\n\n# line two\n    indented code\n---",
        "<a href=\"javascript:alert(1)\" onclick=\"alert(1)\">x</a>",
        "![image](https://evil.example/x.png) [ref]: javascript:alert(1)",
    };

    [Theory]
    [MemberData(nameof(Corpus))]
    public async Task Every_third_party_field_stays_plain_text_in_the_markdown_and_the_html(string hostile)
    {
        var id = await BriefingSeed.RequestAsync(Api, Now.AddDays(-1), hostile, answeredAfter: TimeSpan.FromMinutes(5),
            name: Clip(hostile, 200), outlet: Clip("Outlet " + hostile, 200), question: hostile);
        id = await BriefingSeed.RequestAsync(Api, Now, Clip(hostile, 200),
            name: Clip(hostile, 200), outlet: Clip("Outlet " + hostile, 200), question: hostile);
        var prep = await Api.PutAsJsonAsync($"/api/requests/{id}/prep", new
        {
            keyPoints = new[] { new { text = Clip(hostile, 300), phrasings = new[] { hostile, "Plain " + hostile } } },
        }, JsonSerializerOptions.Web);
        prep.EnsureSuccessStatusCode();

        var page = await Client.GetPageAsync($"/requests/{id}/briefing");
        var sheet = page.QuerySelector("#sheet")!;

        Assert.Empty(sheet.QuerySelectorAll("script, img, a, iframe, object, code, pre, input"));
        Assert.Empty(sheet.QuerySelectorAll("h1 ~ h1, h3, h4, hr"));
        foreach (var element in sheet.QuerySelectorAll("*"))
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"event attribute {attribute.Name}");
                Assert.DoesNotContain("javascript:", attribute.Value, StringComparison.OrdinalIgnoreCase);
            }
        // Not formatted: the value reads back as the text it was, in the title, the question and each phrasing.
        var text = Flat(hostile);
        Assert.Equal("Briefing: " + Flat(Clip(hostile, 200)), Flat(sheet.QuerySelector("h1")!.TextContent));
        Assert.Equal(text, Flat(sheet.QuerySelector("blockquote")!.TextContent));
        Assert.Equal(["“" + text + "”", "“Plain " + text + "”"], sheet.QuerySelectorAll("ol li li").Select(li => Flat(li.TextContent)));
        Assert.Contains(Flat(Clip(hostile, 200)), Flat(sheet.QuerySelector("p strong")!.TextContent));

        // And the Markdown itself, read by any other Markdown tool, formats nothing either.
        var markdown = await Api.GetStringAsync($"/api/requests/{id}/briefing.md");
        var raw = Markdig.Markdown.ToHtml(markdown);
        Assert.DoesNotContain("<script", raw);
        Assert.DoesNotContain("<a ", raw);
        Assert.DoesNotContain("<img", raw);
        Assert.DoesNotContain("<code", raw);
    }

    private static string Clip(string value, int max) => value.Length <= max ? value : value[..max];

    // What a reader sees: any run of blanks and line breaks as one space, no blanks at the ends.
    private static string Flat(string value) =>
        string.Join(' ', value.Split([' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
}
