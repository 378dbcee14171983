using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PressDesk.Accounts;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Routing;

// POST /api/requests/{id}/assignment and /acknowledge: a key acts as the member who created it;
// every refusal is problem details, and the request resource says who has it.
public sealed class AssignmentApiTests : AssignmentTestBase
{
    private async Task<HttpClient> KeyOfAsync(long userId)
    {
        var (_, secret) = await App.Services.GetRequiredService<ApiKeyStore>()
            .CreateAsync("phone", [ApiScopes.RequestsWrite, ApiScopes.RequestsRead], userId);
        return App.CreateApiClient(secret);
    }

    private static Task<HttpResponseMessage> AssignAsync(HttpClient api, long id, object body) =>
        api.PostJsonAsync($"/api/requests/{id}/assignment", body);

    [Fact]
    public async Task The_request_resource_names_its_assignee()
    {
        var id = await LogAsync();
        var json = await (await Api.GetAsync($"/api/requests/{id}")).JsonAsync();
        Assert.Equal(Team.Eve, (long)json["assignee"]!["id"]!);
        Assert.Equal("Eve Durand", (string)json["assignee"]!["name"]!);
        Assert.Null(json["assignee"]!["acknowledgedAt"]);
        var list = await (await Api.GetAsync("/api/requests?status=open")).JsonAsync();
        Assert.Equal("Eve Durand", (string)list["items"]![0]!["assignee"]!["name"]!);
    }

    [Fact]
    public async Task Taking_through_the_api_is_a_hand_over_to_the_keys_member_who_is_on_it()
    {
        var id = await LogAsync();
        var response = await AssignAsync(await KeyOfAsync(Team.Hugo), id, new { userId = Team.Hugo });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.JsonAsync();
        Assert.Equal(Team.Hugo, (long)json["assignee"]!["id"]!);
        Assert.Equal(Time.GetUtcNow(), (DateTimeOffset)json["assignee"]!["acknowledgedAt"]!);
        Assert.Equal([("routed", Team.Eve, null), ("taken", Team.Hugo, Team.Hugo), ("acknowledged", Team.Hugo, Team.Hugo)], await HistoryAsync(id));
    }

    [Fact]
    public async Task Handing_over_through_the_api_records_who_did_it()
    {
        var id = await LogAsync();
        var response = await AssignAsync(await KeyOfAsync(Team.Eve), id, new { userId = Team.Oscar });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null((await response.JsonAsync())["assignee"]!["acknowledgedAt"]);
        Assert.Equal(("reassigned", Team.Oscar, Team.Eve), (await HistoryAsync(id))[^1]);
    }

    [Fact]
    public async Task The_assignee_acknowledges_through_the_api()
    {
        var id = await LogAsync();
        var response = await (await KeyOfAsync(Team.Eve)).PostAsync($"/api/requests/{id}/acknowledge", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Time.GetUtcNow().ToUnixTimeMilliseconds(), await AcknowledgedAtAsync(id));
        Assert.NotNull((await response.JsonAsync())["assignee"]!["acknowledgedAt"]);
    }

    [Fact]
    public async Task A_member_cannot_acknowledge_someone_elses_request_through_the_api()
    {
        var id = await LogAsync();
        var response = await (await KeyOfAsync(Team.Hugo)).PostAsync($"/api/requests/{id}/acknowledge", null);
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("This request is someone else's.", (string)(await response.JsonAsync())["title"]!);
        Assert.Null(await AcknowledgedAtAsync(id));
    }

    [Fact]
    public async Task An_unknown_member_is_a_validation_problem_on_userId()
    {
        var id = await LogAsync();
        var response = await AssignAsync(await KeyOfAsync(Team.Eve), id, new { userId = 99999 });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("No member of the team has the id 99999.", (string)(await response.JsonAsync())["errors"]!["userId"]![0]!);
        Assert.Equal(Team.Eve, await Team.AssigneeAsync(id));
    }

    [Fact]
    public async Task A_missing_userId_is_a_validation_problem()
    {
        var id = await LogAsync();
        var response = await AssignAsync(await KeyOfAsync(Team.Eve), id, new { });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.JsonAsync())["errors"]!["userId"]);
    }

    [Fact]
    public async Task An_answered_request_is_a_conflict()
    {
        var id = await LogAsync();
        await Api.PostJsonAsync($"/api/requests/{id}/response", new { });
        var response = await AssignAsync(await KeyOfAsync(Team.Hugo), id, new { userId = Team.Hugo });
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("This request is already answered.", (string)(await response.JsonAsync())["title"]!);
        Assert.Equal(Team.Eve, await Team.AssigneeAsync(id));
    }

    [Fact]
    public async Task An_unknown_request_is_not_found()
    {
        var response = await AssignAsync(await KeyOfAsync(Team.Hugo), 4242, new { userId = Team.Hugo });
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("No such request.", (string)(await response.JsonAsync())["title"]!);
    }

    [Fact]
    public async Task A_key_that_acts_for_no_member_is_forbidden()
    {
        var id = await LogAsync();
        var response = await AssignAsync(Api, id, new { userId = Team.Hugo });   // the bootstrap key from configuration
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("This API key acts for no member.", (string)(await response.JsonAsync())["title"]!);
        Assert.Equal(HttpStatusCode.Forbidden, (await Api.PostAsync($"/api/requests/{id}/acknowledge", null)).StatusCode);
        Assert.Equal(Team.Eve, await Team.AssigneeAsync(id));
    }

    [Fact]
    public async Task A_key_without_the_write_scope_is_refused()
    {
        var id = await LogAsync();
        var (_, secret) = await App.Services.GetRequiredService<ApiKeyStore>().CreateAsync("reader", [ApiScopes.RequestsRead], Team.Hugo);
        var response = await AssignAsync(App.CreateApiClient(secret), id, new { userId = Team.Hugo });
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(Team.Eve, await Team.AssigneeAsync(id));
    }

    [Fact]
    public async Task Problems_are_in_the_callers_language()
    {
        var id = await LogAsync();
        var api = await KeyOfAsync(Team.Hugo);
        api.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");
        var response = await api.PostAsync($"/api/requests/{id}/acknowledge", null);
        Assert.Equal("Cette demande est à quelqu’un d’autre.", (string)(await response.JsonAsync())["title"]!);
    }
}
