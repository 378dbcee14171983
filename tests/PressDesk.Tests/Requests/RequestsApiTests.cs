using System.Net;
using System.Text;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Requests;

public class RequestsApiTests : AppTest
{
    [Fact]
    public async Task Posting_a_request_returns_201_with_its_location_and_the_full_resource()
    {
        var response = await Api.PostJsonAsync("/api/requests",
            ApiClient.Claire(Now.AddMinutes(-5), deadline: Now.AddHours(3)));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.JsonAsync();
        Assert.Equal($"/api/requests/{created["id"]}", response.Headers.Location!.OriginalString);
        Assert.Equal("Claire Martin", (string?)created["journalist"]!["name"]);
        Assert.Equal("Les Echos", (string?)created["journalist"]!["outlet"]);
        Assert.Equal("New energy tariff", (string?)created["topic"]);
        Assert.Equal("phone", (string?)created["channel"]);
        Assert.Equal("New", (string?)created["status"]);
        Assert.Equal("onTime", (string?)created["clock"]);
        Assert.Equal("2026-11-28T14:00:00+00:00", (string?)created["receivedAt"]);
        Assert.Equal("2026-11-28T14:15:00+00:00", (string?)created["warnAt"]);
        Assert.Equal("2026-11-28T14:30:00+00:00", (string?)created["dueAt"]);
        Assert.Equal("2026-11-28T17:05:00+00:00", (string?)created["deadline"]);
        Assert.Null(created["respondedAt"]);
        Assert.Null(created["responseSeconds"]);

        var fetched = await (await Api.GetAsync(response.Headers.Location)).JsonAsync();
        Assert.Equal(created.ToJsonString(), fetched.ToJsonString());
    }

    [Theory]
    [InlineData(5, "onTime")]
    [InlineData(20, "warning")]
    [InlineData(40, "overdue")]
    public async Task The_clock_runs_from_when_the_message_was_left(int minutesAgo, string clock)
    {
        var response = await Api.PostJsonAsync("/api/requests", ApiClient.Claire(Now.AddMinutes(-minutesAgo)));

        Assert.Equal(clock, (string?)(await response.JsonAsync())["clock"]);
    }

    [Fact]
    public async Task Leaving_out_received_at_means_now()
    {
        var response = await Api.PostJsonAsync("/api/requests", new
        {
            journalist = new { name = "Tom Reed" },
            topic = "Grid storage",
            channel = "email",
        });

        var created = await response.JsonAsync();
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("2026-11-28T14:05:00+00:00", (string?)created["receivedAt"]);
        Assert.Null(created["journalist"]!["outlet"]);
    }

    [Fact]
    public async Task The_list_is_newest_first_and_paged()
    {
        for (var i = 1; i <= 3; i++)
            await Api.PostJsonAsync("/api/requests", ApiClient.Claire(Now.AddMinutes(-10 * i), topic: $"Topic {i}"));

        var first = await (await Api.GetAsync("/api/requests?pageSize=2")).JsonAsync();
        var second = await (await Api.GetAsync((string)first["next"]!)).JsonAsync();

        Assert.Equal(["Topic 1", "Topic 2"], first["items"]!.AsArray().Select(r => (string?)r!["topic"]));
        Assert.True((bool)first["hasMore"]!);
        Assert.Equal(["Topic 3"], second["items"]!.AsArray().Select(r => (string?)r!["topic"]));
        Assert.False((bool)second["hasMore"]!);
        Assert.Null(second["next"]);
    }

    [Fact]
    public async Task Status_open_leaves_out_answered_requests()
    {
        var open = await (await Api.PostJsonAsync("/api/requests", ApiClient.Claire(Now.AddMinutes(-3), topic: "Open"))).JsonAsync();
        var answered = await (await Api.PostJsonAsync("/api/requests", ApiClient.Claire(Now.AddMinutes(-4), topic: "Answered"))).JsonAsync();
        await Api.PostJsonAsync($"/api/requests/{answered["id"]}/response", new { });

        var list = await (await Api.GetAsync("/api/requests?status=open")).JsonAsync();

        Assert.Equal([(long)open["id"]!], list["items"]!.AsArray().Select(r => (long)r!["id"]!));
    }

    [Theory]
    [InlineData("?status=closed", "status")]
    [InlineData("?page=0", "page")]
    [InlineData("?pageSize=1000", "pageSize")]
    [InlineData("?pageSize=ten", "pageSize")]
    public async Task Bad_list_parameters_are_problem_details_naming_the_parameter(string query, string field)
    {
        var response = await Api.GetAsync($"/api/requests{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.NotNull((await response.JsonAsync())["errors"]![field]);
    }

    [Fact]
    public async Task Responding_records_the_response_time_and_whether_it_met_the_target()
    {
        var created = await (await Api.PostJsonAsync("/api/requests", ApiClient.Claire(Now.AddMinutes(-40)))).JsonAsync();

        var response = await Api.PostJsonAsync($"/api/requests/{created["id"]}/response",
            new { respondedAt = Now.AddMinutes(-15), note = "Called back from the train" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answered = await response.JsonAsync();
        Assert.Equal("Responded", (string?)answered["status"]);
        Assert.Equal(25 * 60, (long)answered["responseSeconds"]!);
        Assert.Equal("met", (string?)answered["clock"]);
        Assert.Equal("Called back from the train", (string?)answered["responseNote"]);
    }

    [Fact]
    public async Task Responding_with_no_body_means_now_and_a_late_answer_is_late()
    {
        var created = await (await Api.PostJsonAsync("/api/requests", ApiClient.Claire(Now.AddMinutes(-45)))).JsonAsync();

        var answered = await (await Api.PostAsync($"/api/requests/{created["id"]}/response", null)).JsonAsync();

        Assert.Equal(45 * 60, (long)answered["responseSeconds"]!);
        Assert.Equal("late", (string?)answered["clock"]);
    }

    [Fact]
    public async Task A_decline_is_a_timed_response()
    {
        var created = await (await Api.PostJsonAsync("/api/requests", ApiClient.Claire(Now.AddMinutes(-2)))).JsonAsync();

        var declined = await (await Api.PostJsonAsync($"/api/requests/{created["id"]}/response", new { declined = true })).JsonAsync();

        Assert.Equal("Declined", (string?)declined["status"]);
        Assert.Equal(120, (long)declined["responseSeconds"]!);
    }

    [Fact]
    public async Task A_second_response_is_a_conflict_and_keeps_the_first()
    {
        var created = await (await Api.PostJsonAsync("/api/requests", ApiClient.Claire(Now.AddMinutes(-10)))).JsonAsync();
        var url = $"/api/requests/{created["id"]}";
        await Api.PostJsonAsync($"{url}/response", new { respondedAt = Now.AddMinutes(-5) });

        var again = await Api.PostJsonAsync($"{url}/response", new { respondedAt = Now });

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("application/problem+json", again.Content.Headers.ContentType!.MediaType);
        Assert.Equal(300, (long)(await (await Api.GetAsync(url)).JsonAsync())["responseSeconds"]!);
    }

    [Theory]
    [InlineData(-20, "respondedAt")]   // before the message was left
    [InlineData(10, "respondedAt")]    // in the future
    public async Task A_response_at_an_impossible_time_is_rejected_and_changes_nothing(int minutesFromNow, string field)
    {
        var created = await (await Api.PostJsonAsync("/api/requests", ApiClient.Claire(Now.AddMinutes(-10)))).JsonAsync();
        var url = $"/api/requests/{created["id"]}";

        var response = await Api.PostJsonAsync($"{url}/response", new { respondedAt = Now.AddMinutes(minutesFromNow) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.JsonAsync())["errors"]![field]);
        Assert.Equal("New", (string?)(await (await Api.GetAsync(url)).JsonAsync())["status"]);
    }

    [Fact]
    public async Task Unknown_ids_are_404_problem_details()
    {
        var get = await Api.GetAsync("/api/requests/999");
        var respond = await Api.PostJsonAsync("/api/requests/999/response", new { });

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal("application/problem+json", get.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, respond.StatusCode);
    }

    public static TheoryData<string, string> InvalidBodies => new()
    {
        { """{"topic":"Tariff","channel":"phone"}""", "journalist.name" },
        { """{"journalist":{"name":"  "},"topic":"Tariff","channel":"phone"}""", "journalist.name" },
        { """{"journalist":{"name":"Claire"},"channel":"phone"}""", "topic" },
        { $$"""{"journalist":{"name":"Claire"},"topic":"{{new string('x', 201)}}","channel":"phone"}""", "topic" },
        { $$"""{"journalist":{"name":"{{new string('x', 201)}}"},"topic":"T","channel":"phone"}""", "journalist.name" },
        { $$"""{"journalist":{"name":"Claire","outlet":"{{new string('x', 201)}}"},"topic":"T","channel":"phone"}""", "journalist.outlet" },
        { $$"""{"journalist":{"name":"Claire"},"topic":"T","question":"{{new string('x', 4001)}}","channel":"phone"}""", "question" },
        { """{"journalist":{"name":"Claire"},"topic":"Tariff"}""", "channel" },
        { """{"journalist":{"name":"Claire"},"topic":"Tariff","channel":"fax"}""", "channel" },
        { $$"""{"journalist":{"name":"Claire"},"topic":"Tariff","channel":"phone","receivedAt":"{{Iso(55)}}"}""", "receivedAt" },
        { $$"""{"journalist":{"name":"Claire"},"topic":"Tariff","channel":"phone","receivedAt":"{{Iso(-5)}}","deadline":"{{Iso(-65)}}"}""", "deadline" },
        { """{"journalist":{"name":"Claire"},"topic":"Tariff","channel":"phone","receivedAt":"yesterday"}""", "receivedAt" },
        { """{"journalist":{"id":4242},"topic":"Tariff","channel":"phone"}""", "journalist.id" },
        { """{"journalist":{"name":"Claire"},"topic":"Tariff",""", "body" },
    };

    // An instant minutes from the tests' start, as the API takes it.
    private static string Iso(int minutes) =>
        PressDeskApp.DefaultStart.AddMinutes(minutes).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [MemberData(nameof(InvalidBodies))]
    public async Task Invalid_bodies_are_problem_details_naming_the_field_and_store_nothing(string json, string field)
    {
        var response = await Api.PostAsync("/api/requests", new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await response.JsonAsync();
        Assert.True(problem["errors"]![field] is not null, $"expected an error for '{field}' in {problem.ToJsonString()}");
        Assert.Empty((await (await Api.GetAsync("/api/requests")).JsonAsync())["items"]!.AsArray());
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_415_problem_details()
    {
        var response = await Api.PostAsync("/api/requests", new StringContent("topic=x", Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task An_existing_journalist_can_be_named_by_id()
    {
        var first = await (await Api.PostJsonAsync("/api/requests", ApiClient.Claire(Now.AddMinutes(-3)))).JsonAsync();
        var journalistId = (long)first["journalist"]!["id"]!;

        var second = await (await Api.PostJsonAsync("/api/requests", new
        {
            journalist = new { id = journalistId },
            topic = "Follow-up",
            channel = "sms",
        })).JsonAsync();

        Assert.Equal(journalistId, (long)second["journalist"]!["id"]!);
        Assert.Equal("Les Echos", (string?)second["journalist"]!["outlet"]);
    }

    [Fact]
    public async Task The_same_name_and_outlet_is_the_same_journalist_whatever_the_case()
    {
        var first = await (await Api.PostJsonAsync("/api/requests", ApiClient.Claire(Now.AddMinutes(-3)))).JsonAsync();
        var second = await (await Api.PostJsonAsync("/api/requests", new
        {
            journalist = new { name = "claire martin", outlet = "LES ECHOS" },
            topic = "Again",
            channel = "phone",
        })).JsonAsync();

        Assert.Equal((long)first["journalist"]!["id"]!, (long)second["journalist"]!["id"]!);
    }

    [Fact]
    public async Task An_openapi_document_describes_the_api()
    {
        var document = await (await Client.GetAsync("/openapi/v1.json")).JsonAsync();

        var paths = document["paths"]!.AsObject();
        Assert.True(paths.ContainsKey("/api/requests"));
        Assert.True(paths.ContainsKey("/api/requests/{id}"));
        Assert.True(paths.ContainsKey("/api/requests/{id}/response"));
    }

    [Fact]
    public async Task Healthz_reports_the_database_reachable()
    {
        var health = await (await Api.GetAsync("/healthz")).JsonAsync();

        Assert.Equal("Healthy", (string?)health["status"]);
        Assert.Equal("Healthy", (string?)health["checks"]!["database"]!["status"]);
    }
}
