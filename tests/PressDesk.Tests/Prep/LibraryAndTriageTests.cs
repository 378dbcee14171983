using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Prep;

public class LibraryAndTriageTests : AppTest
{
    private async Task<long> LogAsync(string topic, string question = "") =>
        (long)(await (await Api.PostJsonAsync("/api/requests", new
        {
            journalist = new { name = "Claire Martin", outlet = "Les Echos" },
            topic,
            question,
            channel = "phone",
            receivedAt = Now.AddMinutes(-5),
        })).JsonAsync())["id"]!;

    private async Task AddAreaAsync(string name, string keywords)
    {
        var page = await Client.GetPageAsync("/focus");
        var response = await Client.PostFormAsync("/focus", page,
            new Dictionary<string, string> { ["Name"] = name, ["Keywords"] = keywords }, "Save");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private Task<HttpResponseMessage> ReadyAsync(long id, string phrasing) =>
        Api.PutAsJsonAsync($"/api/requests/{id}/prep", new
        {
            keyPoints = new[]
            {
                new { text = "Bills rise in February", phrasings = new[] { phrasing } },
                new { text = "The poorest are shielded", phrasings = new[] { "The 3 million homes on the social tariff pay nothing extra." } },
                new { text = "Insulation pays back", phrasings = new[] { "Insulating a loft saves 300 euros a year." } },
            },
            ready = true,
        }, JsonSerializerOptions.Web);

    [Fact]
    public async Task A_request_is_triaged_in_scope_with_the_matching_keywords_and_area()
    {
        await AddAreaAsync("Health", "hospital, vaccine");
        await AddAreaAsync("Energy policy", "energy, tariff, grid");
        var id = await LogAsync("The new énergie tariffs", "Will the ENERGY regulator approve it?");

        var page = await Client.GetPageAsync($"/requests/{id}");

        Assert.Equal("InScope", page.QuerySelector("#triage")!.GetAttribute("data-verdict"));
        Assert.Equal("matches ‘energy’, ‘tariff’ from Energy policy", page.Text("#triage-reason"));
        Assert.Equal("Prepare", page.Text("#prepare"));
        Assert.NotNull(page.QuerySelector("#decline"));
    }

    [Fact]
    public async Task A_request_outside_the_areas_says_so_and_can_still_be_declined_in_time()
    {
        await AddAreaAsync("Energy policy", "energy, tariff, grid");
        var id = await LogAsync("Hospital waiting lists", "How long do patients wait?");

        var page = await Client.GetPageAsync($"/requests/{id}");

        Assert.Equal("Outside", page.QuerySelector("#triage")!.GetAttribute("data-verdict"));
        Assert.Equal("no keyword of your areas appears in the topic or the question", page.Text("#triage-reason"));
        Assert.NotNull(page.QuerySelector("#decline"));
    }

    [Fact]
    public async Task Without_areas_a_request_is_not_triaged_and_the_page_says_where_to_list_them()
    {
        var id = await LogAsync("Hospital waiting lists");

        var page = await Client.GetPageAsync($"/requests/{id}");

        Assert.Equal("NoAreas", page.QuerySelector("#triage")!.GetAttribute("data-verdict"));
        Assert.NotNull(page.QuerySelector("#triage a[href='/focus']"));
    }

    [Fact]
    public async Task An_area_needs_a_name_and_keywords_and_names_are_unique()
    {
        await AddAreaAsync("Energy policy", "energy");
        var page = await Client.GetPageAsync("/focus");

        var blank = await Forms.ParseAsync(await Client.PostFormAsync("/focus", page,
            new Dictionary<string, string> { ["Name"] = " ", ["Keywords"] = " , " }, "Save"));
        Assert.Contains("Name the area", blank.Text("#add-area"));
        Assert.Contains("Give at least one keyword", blank.Text("#add-area"));

        var twice = await Forms.ParseAsync(await Client.PostFormAsync("/focus", page,
            new Dictionary<string, string> { ["Name"] = "energy POLICY", ["Keywords"] = "grid" }, "Save"));
        Assert.Contains("You already have an area named", twice.Text("#add-area"));
        Assert.Single((await Client.GetPageAsync("/focus")).QuerySelectorAll("#areas form"));
    }

    [Fact]
    public async Task A_phrasing_saved_in_one_prep_is_found_from_another_request_on_the_same_area()
    {
        await AddAreaAsync("Energy policy", "energy, tariff");
        await AddAreaAsync("Health", "hospital");
        var first = await LogAsync("Energy tariff in February");
        var other = await LogAsync("Hospital budgets");
        await ReadyAsync(first, "Households will pay 8% more for électricité from the first of February.");
        await ReadyAsync(other, "Households will pay for hospitals too.");
        var second = await LogAsync("Energy bills this winter");
        var prepPage = await Client.GetPageAsync($"/requests/{second}/prep");
        var area = prepPage.QuerySelector("#library")!.GetAttribute("data-area");

        var found = await (await Client.GetAsync($"/prep/library/search?q=households+electricite&area={area}&excludeRequest={second}")).JsonAsync();

        var entry = Assert.Single(found.AsArray());
        Assert.Equal("Households will pay 8% more for électricité from the first of February.", (string?)entry!["phrasing"]);
        Assert.Equal("Bills rise in February", (string?)entry["keyPoint"]);
        Assert.Equal(first, (long)entry["requestId"]!);
        Assert.Equal("Energy policy", (string?)entry["area"]);
    }

    [Fact]
    public async Task Reusing_a_library_phrasing_is_recorded_on_the_prep()
    {
        await AddAreaAsync("Energy policy", "energy, tariff");
        var first = await LogAsync("Energy tariff in February");
        await ReadyAsync(first, "Households will pay 8% more from the first of February.");
        var entryId = (long)(await (await Client.GetAsync("/prep/library/search?q=households")).JsonAsync())[0]!["id"]!;
        var second = await LogAsync("Energy bills this winter");
        var page = await Client.GetPageAsync($"/requests/{second}/prep");

        await Client.PostFormAsync($"/requests/{second}/prep", page, new Dictionary<string, string>
        {
            ["KeyPoints[0].Text"] = "Bills rise",
            ["KeyPoints[0].Phrasings[0].Text"] = "Households will pay 9% more from the first of March.",   // inserted, then edited
            ["KeyPoints[0].Phrasings[0].ReusedFrom"] = entryId.ToString(CultureInfo.InvariantCulture),
        }, "Save");

        var prep = (await (await Api.GetAsync($"/api/requests/{second}")).JsonAsync())["prep"]!;
        var reuse = Assert.Single(prep["reused"]!.AsArray());
        Assert.Equal(entryId, (long)reuse!["libraryEntryId"]!);
        Assert.Equal(first, (long)reuse["fromRequestId"]!);
        var details = await Client.GetPageAsync($"/requests/{second}");
        Assert.Contains("reused from", details.Text("#prep-key-points"));
    }

    [Fact]
    public async Task The_library_page_searches_by_words_and_area()
    {
        await AddAreaAsync("Energy policy", "energy");
        var id = await LogAsync("Energy prices");
        await ReadyAsync(id, "Households will pay 8% more from the first of February.");

        var hit = await Client.GetPageAsync("/prep/library?q=insulating");
        var miss = await Client.GetPageAsync("/prep/library?q=hospital");

        Assert.Equal("Insulating a loft saves 300 euros a year.", hit.Text("#library-entries q"));
        Assert.Equal("Nothing in the library matches yet.", miss.Text("#library-entries .empty"));
    }
}
