using System.Net;
using System.Runtime.CompilerServices;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Briefings;

public class BriefingMarkdownTests : AppTest
{
    [Fact]
    public async Task The_default_template_gives_the_golden_sheet_for_a_request_with_prep_and_history()
    {
        var id = await BriefingSeed.TypicalRequestAsync(Api, Now);
        Time.Advance(TimeSpan.FromMinutes(5));

        var response = await Api.GetAsync($"/api/requests/{id}/briefing.md");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/markdown; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        var markdown = await response.Content.ReadAsStringAsync();
        var golden = GoldenPath();
        // PRESSDESK_UPDATE_GOLDEN=1 rewrites the file; review its diff before committing it.
        if (Environment.GetEnvironmentVariable("PRESSDESK_UPDATE_GOLDEN") == "1") await File.WriteAllTextAsync(golden, markdown);
        Assert.Equal(await File.ReadAllTextAsync(golden), markdown);
    }

    [Fact]
    public async Task A_request_without_prep_or_history_shows_only_what_exists()
    {
        var id = await BriefingSeed.RequestAsync(Api, Now, "Nuclear lifetime extension", question: "");

        var markdown = await Api.GetStringAsync($"/api/requests/{id}/briefing.md");

        Assert.Contains("# Briefing: Nuclear lifetime extension", markdown);
        Assert.DoesNotContain("## Key points", markdown);
        Assert.DoesNotContain("before", markdown.Split("## On the call")[0]);
        Assert.DoesNotContain("## The question", markdown);
        Assert.DoesNotContain("deadline", markdown);
        Assert.DoesNotContain("⚠", markdown);
        Assert.Contains("Never ask to see the article before publication.", markdown);
    }

    [Fact]
    public async Task The_api_answers_404_problem_details_for_an_unknown_request_and_refuses_the_cookie()
    {
        var missing = await Api.GetAsync("/api/requests/999/briefing.md");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType!.MediaType);

        var id = await BriefingSeed.RequestAsync(Api, Now, "Tariff");
        Assert.Equal(HttpStatusCode.Unauthorized, (await Client.GetAsync($"/api/requests/{id}/briefing.md")).StatusCode);
    }

    [Fact]
    public async Task The_page_download_is_the_same_markdown_as_a_file()
    {
        var id = await BriefingSeed.TypicalRequestAsync(Api, Now);

        var download = await Client.GetAsync($"/requests/{id}/briefing.md");

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("text/markdown; charset=utf-8", download.Content.Headers.ContentType!.ToString());
        Assert.Equal($"briefing-{id}.md", download.Content.Headers.ContentDisposition!.FileName!.Trim('"'));
        Assert.Equal(await Api.GetStringAsync($"/api/requests/{id}/briefing.md"), await download.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_request_page_links_to_its_briefing_which_shows_the_sheet()
    {
        var id = await BriefingSeed.TypicalRequestAsync(Api, Now);

        var request = await Client.GetPageAsync($"/requests/{id}");
        Assert.Equal($"/requests/{id}/briefing", request.QuerySelector("a#briefing")!.GetAttribute("href"));

        var page = await Client.GetPageAsync($"/requests/{id}/briefing");
        var sheet = page.QuerySelector("#sheet")!;
        Assert.Equal("Briefing: The new energy tariff", sheet.QuerySelector("h1")!.TextContent);
        Assert.Equal(3, sheet.QuerySelectorAll("ol > li").Length);
        Assert.Equal($"/requests/{id}/briefing.md", page.QuerySelector("a#download")!.GetAttribute("href"));
    }

    private static string GoldenPath([CallerFilePath] string source = "") =>
        Path.Combine(Path.GetDirectoryName(source)!, "briefing.golden.md");
}
