using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Prep;

public class PrepApiTests : AppTest
{
    private async Task<long> LogAsync(string topic = "New energy tariff") =>
        (long)(await (await Api.PostJsonAsync("/api/requests", ApiClient.Claire(Now.AddMinutes(-5), topic: topic))).JsonAsync())["id"]!;

    private Task<HttpResponseMessage> PutAsync(long id, object body) =>
        Api.PutAsJsonAsync($"/api/requests/{id}/prep", body, JsonSerializerOptions.Web);

    private static object Point(string text, params string[] phrasings) => new { text, phrasings };

    private static readonly object[] ThreePoints =
    [
        Point("Bills rise in February", "Households will pay 8% more for electricity from the first of February."),
        Point("The poorest are shielded", "The 3 million homes on the social tariff pay nothing extra."),
        Point("Insulation pays back", "Insulating a loft saves 300 euros a year.", "A loft costs less to insulate than one winter of higher bills."),
    ];

    [Fact]
    public async Task A_ready_prep_with_three_key_points_is_stored_and_shown_on_the_request()
    {
        var id = await LogAsync();
        Time.Advance(TimeSpan.FromMinutes(12));

        var response = await PutAsync(id, new { keyPoints = ThreePoints, ready = true });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var request = await (await Api.GetAsync($"/api/requests/{id}")).JsonAsync();
        var prep = request["prep"]!;
        Assert.True((bool)prep["ready"]!);
        Assert.Equal("2026-11-28T14:17:00+00:00", (string?)prep["startedAt"]);
        Assert.Equal("2026-11-28T14:17:00+00:00", (string?)prep["readyAt"]);
        Assert.Equal(["Bills rise in February", "The poorest are shielded", "Insulation pays back"],
            prep["keyPoints"]!.AsArray().Select(k => (string?)k!["text"]));
        Assert.Equal(2, prep["keyPoints"]![2]!["phrasings"]!.AsArray().Count);
        Assert.Equal("Preparing", (string?)request["status"]);
    }

    [Fact]
    public async Task A_request_without_prep_has_prep_null()
    {
        var id = await LogAsync();

        var request = await (await Api.GetAsync($"/api/requests/{id}")).JsonAsync();

        Assert.True(request.AsObject().ContainsKey("prep"));
        Assert.Null(request["prep"]);
    }

    [Fact]
    public async Task A_ready_prep_with_two_key_points_is_a_400_that_says_so()
    {
        var id = await LogAsync();

        var response = await PutAsync(id, new { keyPoints = ThreePoints[..2], ready = true });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await response.JsonAsync();
        Assert.Equal("A ready prep has exactly three key points; this one has 2.", (string?)problem["errors"]!["keyPoints"]![0]);
        Assert.Null((await (await Api.GetAsync($"/api/requests/{id}")).JsonAsync())["prep"]);
    }

    [Fact]
    public async Task A_ready_key_point_without_a_phrasing_is_a_400_naming_it()
    {
        var id = await LogAsync();

        var response = await PutAsync(id, new { keyPoints = new[] { ThreePoints[0], ThreePoints[1], Point("Insulation pays back") }, ready = true });

        var problem = await response.JsonAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Key point 3 needs at least one phrasing before the prep is ready.", (string?)problem["errors"]!["keyPoints[2].phrasings"]![0]);
    }

    [Fact]
    public async Task A_draft_may_be_partial_but_not_blank_or_too_long()
    {
        var id = await LogAsync();

        Assert.Equal(HttpStatusCode.OK, (await PutAsync(id, new { keyPoints = new[] { Point("Bills rise") }, ready = false })).StatusCode);

        var response = await PutAsync(id, new
        {
            keyPoints = new[] { Point(""), Point("Fine", "", new string('x', 601)), ThreePoints[0], ThreePoints[1] },
        });
        var errors = (await response.JsonAsync())["errors"]!;
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Write key point 1.", (string?)errors["keyPoints[0].text"]![0]);
        Assert.Equal("A phrasing cannot be blank.", (string?)errors["keyPoints[1].phrasings[0]"]![0]);
        Assert.Equal("A phrasing is at most 600 characters (this one has 601).", (string?)errors["keyPoints[1].phrasings[1]"]![0]);
        Assert.Equal("A prep has at most three key points; this one has 4.", (string?)errors["keyPoints"]![0]);

        var kept = (await (await Api.GetAsync($"/api/requests/{id}")).JsonAsync())["prep"]!["keyPoints"]!.AsArray();
        Assert.Equal(["Bills rise"], kept.Select(k => (string?)k!["text"]));   // nothing half-written
    }

    [Fact]
    public async Task Malformed_json_names_the_field()
    {
        var id = await LogAsync();

        var response = await Api.PutAsync($"/api/requests/{id}/prep",
            new StringContent("""{ "keyPoints": [{ "text": "x", "phrasings": "not a list" }] }""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.JsonAsync())["errors"]!["keyPoints[0].phrasings"]);
    }

    [Fact]
    public async Task An_unknown_request_is_404()
    {
        var response = await PutAsync(4242, new { keyPoints = ThreePoints, ready = true });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task The_prep_api_needs_the_api_key_and_refuses_the_cookie()
    {
        var id = await LogAsync();

        var response = await Client.PutAsJsonAsync($"/api/requests/{id}/prep", new { keyPoints = ThreePoints, ready = true });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Going_back_to_draft_clears_the_ready_time_and_the_list_shows_preps()
    {
        var id = await LogAsync();
        await PutAsync(id, new { keyPoints = ThreePoints, ready = true });

        await PutAsync(id, new { keyPoints = ThreePoints, ready = false });

        var listed = (await (await Api.GetAsync("/api/requests")).JsonAsync())["items"]![0]!;
        Assert.False((bool)listed["prep"]!["ready"]!);
        Assert.Null(listed["prep"]!["readyAt"]);
    }
}
