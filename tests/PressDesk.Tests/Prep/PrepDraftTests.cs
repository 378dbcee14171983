using System.Net;
using System.Text.Json.Nodes;
using AngleSharp.Dom;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Prep;

public class PrepDraftTests : AppTest
{
    private async Task<long> LogAsync() =>
        (long)(await (await Api.PostJsonAsync("/api/requests", ApiClient.Claire(Now.AddMinutes(-5)))).JsonAsync())["id"]!;

    // What a browser posts: every box on the page, typed or not (two key points with two phrasings
    // each, the spare phrasing boxes and the third key point left blank).
    private static Dictionary<string, string> TwoPointsFourPhrasings()
    {
        var fields = new Dictionary<string, string> { ["FocusAreaId"] = "" };
        for (var i = 0; i < 3; i++)
        {
            var typed = i < 2;
            fields[$"KeyPoints[{i}].Text"] = typed ? $"Point {i + 1}" : "";
            for (var j = 0; j < (typed ? 3 : 1); j++)
            {
                fields[$"KeyPoints[{i}].Phrasings[{j}].Text"] = typed && j < 2 ? $"Phrasing {i + 1}.{j + 1} with 3 numbers." : "";
                fields[$"KeyPoints[{i}].Phrasings[{j}].ReusedFrom"] = "";
            }
        }
        return fields;
    }

    private static int[] PhrasingBoxes(IDocument page) =>
        page.QuerySelectorAll("fieldset.key-point").Select(f => f.QuerySelectorAll("[data-phrasing]").Length).ToArray();

    private async Task<JsonNode> PrepAsync(long id) => (await (await Api.GetAsync($"/api/requests/{id}")).JsonAsync())["prep"]!;

    private static string[] Typed(IDocument page) =>
        page.QuerySelectorAll("#prep-form input[data-key-point-text], #prep-form textarea[data-phrasing]")
            .Select(e => e.GetAttribute("value") ?? e.TextContent).Where(t => t.Length > 0).ToArray();

    private static readonly string[] TypedTwoPoints =
        ["Point 1", "Phrasing 1.1 with 3 numbers.", "Phrasing 1.2 with 3 numbers.", "Point 2", "Phrasing 2.1 with 3 numbers.", "Phrasing 2.2 with 3 numbers."];

    [Fact]
    public async Task A_refused_mark_ready_saves_the_draft_and_a_reload_shows_it()
    {
        var id = await LogAsync();
        var page = await Client.GetPageAsync($"/requests/{id}/prep");

        var response = await Client.PostFormAsync($"/requests/{id}/prep", page, TwoPointsFourPhrasings(), "Ready");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var shown = await Forms.ParseAsync(response);
        Assert.Equal("A ready prep has exactly three key points; this one has 2.", shown.Text("#keypoints-error"));
        Assert.Equal("Not ready yet: what you typed is saved as a draft.", shown.Text("#kept-as-draft"));
        Assert.Equal(TypedTwoPoints, Typed(shown));
        var reloaded = await Client.GetPageAsync($"/requests/{id}/prep");
        Assert.Equal(TypedTwoPoints, Typed(reloaded));
        Assert.Null((string?)(await PrepAsync(id))["readyAt"]);
    }

    [Fact]
    public async Task A_refused_mark_ready_shows_exactly_the_boxes_typed_plus_one_spare_phrasing_each()
    {
        var id = await LogAsync();
        var page = await Client.GetPageAsync($"/requests/{id}/prep");

        var shown = await Forms.ParseAsync(await Client.PostFormAsync($"/requests/{id}/prep", page, TwoPointsFourPhrasings(), "Ready"));
        var again = await Forms.ParseAsync(await Client.PostFormAsync($"/requests/{id}/prep", shown, TwoPointsFourPhrasings(), "Ready"));

        Assert.Equal([3, 3, 1], PhrasingBoxes(shown));
        Assert.Equal([3, 3, 1], PhrasingBoxes(again));
        Assert.Equal(TypedTwoPoints, Typed(again));
    }

    [Fact]
    public async Task Text_invalid_in_itself_stays_in_the_form_and_saves_nothing()
    {
        var id = await LogAsync();
        var page = await Client.GetPageAsync($"/requests/{id}/prep");
        var fields = TwoPointsFourPhrasings();
        fields["KeyPoints[0].Text"] = new string('a', 301);

        var shown = await Forms.ParseAsync(await Client.PostFormAsync($"/requests/{id}/prep", page, fields, "Ready"));

        Assert.Contains("A key point is at most 300 characters (this one has 301).", shown.Body!.TextContent);
        Assert.Null(shown.QuerySelector("#kept-as-draft"));
        Assert.Equal(new string('a', 301), shown.QuerySelector("#kp-0")!.GetAttribute("value"));
        Assert.Empty((await PrepAsync(id))["keyPoints"]!.AsArray());
    }

    [Fact]
    public async Task The_draft_handler_saves_and_answers_the_time()
    {
        var id = await LogAsync();
        var page = await Client.GetPageAsync($"/requests/{id}/prep");
        Time.Advance(TimeSpan.FromMinutes(3));

        var response = await Client.PostFormAsync($"/requests/{id}/prep", page, TwoPointsFourPhrasings(), "Draft");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await response.JsonAsync();
        Assert.Equal("14:08", (string?)answer["time"]);
        Assert.Equal("Saved at 14:08", (string?)answer["status"]);
        Assert.False((bool)answer["ready"]!);
        Assert.Equal(TypedTwoPoints, Typed(await Client.GetPageAsync($"/requests/{id}/prep")));
    }

    [Fact]
    public async Task An_invalid_draft_answers_problem_details_and_stores_nothing()
    {
        var id = await LogAsync();
        var page = await Client.GetPageAsync($"/requests/{id}/prep");
        var fields = TwoPointsFourPhrasings();
        fields["KeyPoints[1].Phrasings[0].Text"] = new string('a', 601);

        var response = await Client.PostFormAsync($"/requests/{id}/prep", page, fields, "Draft");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await response.JsonAsync();
        Assert.Equal("A phrasing is at most 600 characters (this one has 601).", (string?)problem["errors"]!["keyPoints[1].phrasings[0]"]![0]);
        Assert.Empty((await PrepAsync(id))["keyPoints"]!.AsArray());
    }

    [Fact]
    public async Task A_draft_without_the_antiforgery_token_is_refused()
    {
        var id = await LogAsync();
        await Client.GetPageAsync($"/requests/{id}/prep");

        var response = await Client.PostAsync($"/requests/{id}/prep?handler=Draft", new FormUrlEncodedContent(TwoPointsFourPhrasings()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty((await PrepAsync(id))["keyPoints"]!.AsArray());
    }

    [Fact]
    public async Task Autosave_keeps_a_ready_prep_ready_while_it_passes_the_ready_rules_and_says_when_it_cannot()
    {
        var id = await LogAsync();
        var page = await Client.GetPageAsync($"/requests/{id}/prep");
        var three = TwoPointsFourPhrasings();
        three["KeyPoints[2].Text"] = "Point 3";
        three["KeyPoints[2].Phrasings[0].Text"] = "Phrasing 3.1 with 3 numbers.";
        await Client.PostFormAsync($"/requests/{id}/prep", page, three, "Ready");
        var readyAt = (string?)(await PrepAsync(id))["readyAt"];
        Assert.NotNull(readyAt);

        three["KeyPoints[2].Text"] = "Point 3, edited";
        var kept = await (await Client.PostFormAsync($"/requests/{id}/prep", page, three, "Draft")).JsonAsync();
        Assert.True((bool)kept["ready"]!);
        Assert.Equal("Saved at 14:05", (string?)kept["status"]);
        Assert.Equal(readyAt, (string?)(await PrepAsync(id))["readyAt"]);

        var demoted = await (await Client.PostFormAsync($"/requests/{id}/prep", page, TwoPointsFourPhrasings(), "Draft")).JsonAsync();
        Assert.False((bool)demoted["ready"]!);
        Assert.Equal("Saved at 14:05 as a draft: A ready prep has exactly three key points; this one has 2.", (string?)demoted["status"]);
        Assert.Null((string?)(await PrepAsync(id))["readyAt"]);
        Assert.Equal(TypedTwoPoints, Typed(await Client.GetPageAsync($"/requests/{id}/prep")));
    }
}
