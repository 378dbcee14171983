using System.Net;
using PressDesk.Tests.Infrastructure;
using static PressDesk.Tests.Callbacks.CallbackSteps;

namespace PressDesk.Tests.Callbacks;

// Issue 21 point 4: "I'll call you back at 15:00", scheduled from the request page and the API;
// "this counts as my response" stops the response clock at the moment it is logged, and only then.
public sealed class CallbackSchedulingTests : AppTest
{
    private Task<List<(long Id, long DueAt, long? UserId, string? Note, bool CountsAsResponse, string State)>> RowsAsync() =>
        App.Database.QueryAsync<(long, long, long?, string?, bool, string)>(
            "SELECT id, due_at, user_id, note, counts_as_response, state FROM scheduled_callbacks ORDER BY id");

    private async Task<(long? RespondedAt, string Status)> RequestAsync(long id) =>
        (await App.Database.QueryAsync<(long?, string)>("SELECT responded_at, status FROM requests WHERE id = @id", new { id })).Single();

    [Fact]
    public async Task A_callback_scheduled_through_the_form_is_listed_and_the_clock_keeps_running()
    {
        var id = await LogAsync(Api, Now.AddMinutes(-4));
        var posted = await PostFormAsync(Client, id, new Dictionary<string, string>
        {
            ["At"] = Now.AddMinutes(55).ToFormValue(), ["Note"] = "From the car, <b>on speaker</b>",
        });
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal($"/requests/{id}#callbacks", posted.Headers.Location?.OriginalString);

        var row = Assert.Single(await RowsAsync());
        Assert.Equal(Now.AddMinutes(55).ToUnixTimeMilliseconds(), row.DueAt);
        Assert.False(row.CountsAsResponse);
        Assert.Equal("scheduled", row.State);
        Assert.Equal(await App.Database.ScalarAsync<long?>("SELECT assigned_to FROM requests WHERE id = @id", new { id }), row.UserId);
        Assert.Equal((null, "New"), await RequestAsync(id));

        var page = await Client.GetPageAsync($"/requests/{id}");
        Assert.Equal("Callback scheduled for Sat 28 Nov 2026, 15:00, by owner@pressdesk.test.", page.Text("#corrected"));
        var item = Callback(page, row.Id)!;
        Assert.Contains("Sat 28 Nov 2026, 15:00", item.TextContent);
        Assert.Equal("Scheduled", item.QuerySelector(".callback-state")!.TextContent);
        Assert.Contains("From the car, <b>on speaker</b>", item.TextContent);   // text, not markup
        Assert.Null(item.QuerySelector("b"));
        Assert.Null(page.QuerySelector("#response-time"));   // no response recorded
    }

    [Fact]
    public async Task Counts_as_my_response_records_the_response_at_the_moment_it_was_logged()
    {
        var id = await LogAsync(Api, Now.AddMinutes(-4));
        Time.Advance(TimeSpan.FromMinutes(3));
        var logged = Time.GetUtcNow();
        var posted = await PostFormAsync(Client, id, new Dictionary<string, string>
        {
            ["At"] = Now.AddMinutes(55).ToFormValue(), ["CountsAsResponse"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Time.Advance(TimeSpan.FromMinutes(20));

        Assert.True(Assert.Single(await RowsAsync()).CountsAsResponse);
        Assert.Equal((logged.ToUnixTimeMilliseconds(), "Responded"), await RequestAsync(id));
        var page = await Client.GetPageAsync($"/requests/{id}");
        Assert.Equal("7 min", page.Text("#response-time"));   // 4 min waiting when logged, 3 more until the promise
        Assert.Contains("counted as the response", page.QuerySelector("#callback-list")!.TextContent);
    }

    [Fact]
    public async Task The_API_schedules_a_callback_and_lists_it()
    {
        var id = await LogAsync(Api, Now.AddMinutes(-2));
        var response = await Api.PostJsonAsync($"/api/requests/{id}/callbacks", new { at = Now.AddHours(1), note = "Before the 16:00 meeting" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.JsonAsync();
        var callbackId = (long)created["id"]!;
        Assert.Equal($"/api/requests/{id}/callbacks/{callbackId}", response.Headers.Location?.OriginalString);
        Assert.Equal(Now.AddHours(1), (DateTimeOffset)created["at"]!);
        Assert.Equal("scheduled", (string?)created["state"]);
        Assert.False((bool)created["countsAsResponse"]!);
        Assert.Equal("Before the 16:00 meeting", (string?)created["note"]);
        // An API key acts for nobody: the callback goes to the request's assignee.
        Assert.Equal(await App.Database.ScalarAsync<long?>("SELECT assigned_to FROM requests WHERE id = @id", new { id }), (long?)created["userId"]);

        var list = (await (await Api.GetAsync($"/api/requests/{id}/callbacks")).JsonAsync()).AsArray();
        Assert.Equal(callbackId, (long)Assert.Single(list)!["id"]!);
        Assert.Null((await (await Api.GetAsync($"/api/requests/{id}")).JsonAsync())["respondedAt"]);
        Assert.Equal(HttpStatusCode.NotFound, (await Api.GetAsync("/api/requests/999/callbacks")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Api.PostJsonAsync("/api/requests/999/callbacks", new { at = Now.AddHours(1) })).StatusCode);
    }

    [Fact]
    public async Task Through_the_API_counts_as_response_sets_the_response_time_to_now()
    {
        var id = await LogAsync(Api, Now.AddMinutes(-9));
        var response = await Api.PostJsonAsync($"/api/requests/{id}/callbacks", new { at = Now.AddMinutes(30), countsAsResponse = true });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var request = await (await Api.GetAsync($"/api/requests/{id}")).JsonAsync();
        Assert.Equal(Now, (DateTimeOffset)request["respondedAt"]!);
        Assert.Equal(540, (long)request["responseSeconds"]!);
    }

    [Fact]
    public async Task A_second_counts_as_response_is_refused_and_writes_nothing()
    {
        var id = await LogAsync(Api, Now.AddMinutes(-9));
        await Api.PostJsonAsync($"/api/requests/{id}/callbacks", new { at = Now.AddMinutes(30), countsAsResponse = true });
        var refused = await Api.PostJsonAsync($"/api/requests/{id}/callbacks", new { at = Now.AddMinutes(40), countsAsResponse = true });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("This request already has a response: this callback cannot be it.",
            (string?)(await refused.JsonAsync())["errors"]!["countsAsResponse"]![0]);
        Assert.Single(await RowsAsync());
    }

    [Fact]
    public async Task Done_and_cancel_from_the_request_page_end_a_callback_once()
    {
        var id = await LogAsync(Api, Now.AddMinutes(-2));
        foreach (var minutes in new[] { 30, 60 })
            await Api.PostJsonAsync($"/api/requests/{id}/callbacks", new { at = Now.AddMinutes(minutes) });
        var (first, second) = ((await RowsAsync())[0].Id, (await RowsAsync())[1].Id);

        Assert.Equal(HttpStatusCode.Redirect, (await PressAsync(Client, id, first, "done")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PressAsync(Client, id, second, "cancel")).StatusCode);
        Assert.Equal(["done", "cancelled"], (await RowsAsync()).Select(r => r.State));

        var page = await Client.GetPageAsync($"/requests/{id}");
        Assert.Equal("Callback cancelled: no reminder will be sent.", page.Text("#corrected"));
        Assert.Equal("Done", Callback(page, first)!.QuerySelector(".callback-state")!.TextContent);
        Assert.Null(Callback(page, first)!.QuerySelector("button"));   // an ended callback has no buttons

        // A stale page's button does nothing twice.
        var again = await Client.PostAsync($"/requests/{id}/callbacks?handler=Cancel", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = page.AntiforgeryToken(), ["callbackId"] = first.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }));
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal("done", (await RowsAsync())[0].State);
        Assert.Equal("This callback was already done or cancelled.", (await Client.GetPageAsync($"/requests/{id}")).Text("#corrected"));
    }

    [Fact]
    public async Task The_form_needs_its_antiforgery_token()
    {
        var id = await LogAsync(Api, Now.AddMinutes(-2));
        var response = await Client.PostAsync($"/requests/{id}/callbacks?handler=Schedule",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["At"] = Now.AddHours(1).ToFormValue() }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await RowsAsync());
    }
}
