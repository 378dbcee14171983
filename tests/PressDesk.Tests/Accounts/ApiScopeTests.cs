using System.Net;
using PressDesk.Accounts;
using PressDesk.Tests.Infrastructure;
using PressDesk.Tests.Interviews;
using PressDesk.Tests.Journalists;

namespace PressDesk.Tests.Accounts;

// Issue 22.3: what a key may do is chosen when it is created, and no key reads what was said not
// on the record unless its scope is named for that.
public class ApiScopeTests : AppTest
{
    private const string Sealed = "The board will drop the plan.";

    private async Task<string> CreateKeyAsync(string name, params string[] scopes)
    {
        var page = await Client.GetPageAsync("/team/api-keys");
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Name", name), new("__RequestVerificationToken", page.AntiforgeryToken()),
        };
        fields.AddRange(scopes.Select(s => new KeyValuePair<string, string>("Scopes", s)));
        var response = await Client.PostAsync("/team/api-keys?handler=Create", new FormUrlEncodedContent(fields));
        return (await Forms.ParseAsync(response)).Text("#new-key");
    }

    // A request whose journalist was told something off the record on an earlier call.
    private async Task<long> RequestWithSealedHistoryAsync()
    {
        var (first, _) = await Api.RequestAsync(Now.AddHours(-3), TimeSpan.FromMinutes(10));
        await Client.SaveInterviewAsync(first, "Conversation", Now.AddHours(-2), new StatementRow(Sealed, "OffRecord", Agreement: "Yes"));
        var (next, _) = await Api.RequestAsync(Now.AddMinutes(-5));
        return next;
    }

    private static async Task AssertForbiddenNamingAsync(HttpResponseMessage response, string scope)
    {
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await response.JsonAsync();
        Assert.Equal(403, (int)problem["status"]!);
        Assert.Contains(scope, (string)problem["title"]!);
        Assert.Equal(scope, (string)problem["scope"]!);
        Assert.Contains($"scope=\"{scope}\"", response.Headers.WwwAuthenticate.ToString());
    }

    [Fact]
    public async Task The_creation_form_offers_every_scope_with_requests_write_checked()
    {
        var form = await Client.GetPageAsync("/team/api-keys");

        var boxes = form.QuerySelectorAll("#scopes input[type=checkbox][name=Scopes]").ToList();
        Assert.Equal(ApiScopes.All.Select(s => s.Scope), boxes.Select(b => b.GetAttribute("value")));
        Assert.Equal([ApiScopes.RequestsWrite], boxes.Where(b => b.HasAttribute("checked")).Select(b => b.GetAttribute("value")));
        Assert.Contains("without what was said to the journalist before not on the record", form.Text("#scopes"));
    }

    [Fact]
    public async Task The_keys_page_shows_what_each_key_may_do()
    {
        await CreateKeyAsync("Phone system", ApiScopes.RequestsWrite);
        await CreateKeyAsync("Newsroom screen", ApiScopes.RequestsRead, ApiScopes.BriefingsRead);

        var rows = (await Client.GetPageAsync("/team/api-keys")).QuerySelectorAll("tbody tr").ToList();
        string ScopesOf(string name) => rows.Single(r => r.TextContent.Contains(name)).QuerySelector("td.scopes")!.TextContent;
        Assert.Equal("requests:write", ScopesOf("Phone system").Trim());
        Assert.Contains("requests:read", ScopesOf("Newsroom screen"));
        Assert.Contains("briefings:read", ScopesOf("Newsroom screen"));
        Assert.DoesNotContain("requests:write", ScopesOf("Newsroom screen"));
    }

    [Fact]
    public async Task A_key_without_a_scope_is_refused_and_not_created()
    {
        var result = await Forms.ParseAsync(await Client.PostFormAsync("/team/api-keys", await Client.GetPageAsync("/team/api-keys"),
            new Dictionary<string, string> { ["Name"] = "Nothing at all" }, "Create"));

        Assert.Contains("Choose at least one", result.Text("span[data-valmsg-for='Scopes']"));
        Assert.Null(result.QuerySelector("#new-key"));
    }

    [Fact]
    public async Task A_requests_write_key_logs_and_answers_requests_and_gets_403_naming_the_scope_elsewhere()
    {
        var phone = App.CreateApiClient(await CreateKeyAsync("Phone system", ApiScopes.RequestsWrite));
        var request = await RequestWithSealedHistoryAsync();

        var created = await phone.PostJsonAsync("/api/requests", ApiClient.Claire(Now.AddMinutes(-1)));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (long)(await created.JsonAsync())["id"]!;
        Assert.Equal(HttpStatusCode.OK, (await phone.PostJsonAsync($"/api/requests/{id}/response", new { })).StatusCode);

        await AssertForbiddenNamingAsync(await phone.GetAsync($"/api/requests/{request}/briefing.md"), ApiScopes.BriefingsRead);
        await AssertForbiddenNamingAsync(await phone.GetAsync("/api/requests"), ApiScopes.RequestsRead);
        await AssertForbiddenNamingAsync(await phone.GetAsync($"/api/requests/{id}"), ApiScopes.RequestsRead);
        await AssertForbiddenNamingAsync(await phone.PutAsync($"/api/requests/{id}/prep", JsonContent(new { keyPoints = Array.Empty<object>() })), ApiScopes.PrepWrite);
    }

    [Fact]
    public async Task A_read_only_key_cannot_log_requests()
    {
        var screen = App.CreateApiClient(await CreateKeyAsync("Newsroom screen", ApiScopes.RequestsRead));

        await AssertForbiddenNamingAsync(await screen.PostJsonAsync("/api/requests", ApiClient.Claire(Now)), ApiScopes.RequestsWrite);
        Assert.Equal(HttpStatusCode.OK, (await screen.GetAsync("/api/requests")).StatusCode);
        Assert.Equal(0, await App.Database.ScalarAsync<long>("SELECT count(*) FROM requests"));
    }

    [Fact]
    public async Task The_refusal_is_in_french_for_a_french_client()
    {
        var screen = App.CreateApiClient(await CreateKeyAsync("Écran de la rédaction", ApiScopes.RequestsRead));
        screen.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr-FR");

        var refused = await screen.PostJsonAsync("/api/requests", ApiClient.Claire(Now));

        await AssertForbiddenNamingAsync(refused, ApiScopes.RequestsWrite);
        var problem = await refused.JsonAsync();
        Assert.Equal($"Cette clé d’API n’a pas l’autorisation {ApiScopes.RequestsWrite}.", (string)problem["title"]!);
        Assert.StartsWith("Les autorisations d’une clé sont choisies", (string)problem["detail"]!);
    }

    [Fact]
    public async Task A_briefings_read_key_gets_the_sheet_without_the_sealed_section()
    {
        var request = await RequestWithSealedHistoryAsync();
        var reader = App.CreateApiClient(await CreateKeyAsync("Tablet", ApiScopes.BriefingsRead));

        var response = await reader.GetAsync($"/api/requests/{request}/briefing.md");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var markdown = await response.Content.ReadAsStringAsync();
        Assert.Contains("# Briefing:", markdown);
        Assert.Contains("## On the call", markdown);
        Assert.DoesNotContain("Said not for the record", markdown);
        Assert.DoesNotContain("board will drop", markdown);
    }

    [Fact]
    public async Task A_briefings_sealed_key_gets_the_sealed_section()
    {
        var request = await RequestWithSealedHistoryAsync();
        var assistant = App.CreateApiClient(await CreateKeyAsync("Assistant", ApiScopes.BriefingsSealed));

        var markdown = await assistant.GetStringAsync($"/api/requests/{request}/briefing.md");

        Assert.Contains("Said not for the record to this journalist before", markdown);
        Assert.Contains(Sealed, markdown);
    }

    [Fact]
    public async Task Signed_in_people_still_download_the_whole_sheet()
    {
        var request = await RequestWithSealedHistoryAsync();

        Assert.Contains(Sealed, await Client.GetStringAsync($"/requests/{request}/briefing.md"));
    }

    [Fact]
    public async Task A_key_made_before_scopes_keeps_its_uses_but_not_the_sealed_statements()
    {
        var request = await RequestWithSealedHistoryAsync();
        var old = await CreateKeyAsync("Old script", ApiScopes.RequestsWrite);
        // Back to the database as it was before migration 0018, then a start applies it.
        await App.Database.ExecuteAsync("""
            DROP INDEX ix_sign_in_attempts_success;
            ALTER TABLE api_keys DROP COLUMN scopes;
            DELETE FROM schema_migrations WHERE version = 18;
            """);
        await using var restarted = await App.RestartAsync();
        var script = restarted.CreateApiClient(old);

        Assert.Equal(HttpStatusCode.Created, (await script.PostJsonAsync("/api/requests", ApiClient.Claire(Now))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await script.GetAsync("/api/requests")).StatusCode);
        var markdown = await script.GetStringAsync($"/api/requests/{request}/briefing.md");
        Assert.DoesNotContain(Sealed, markdown);
    }

    private static StringContent JsonContent(object body) =>
        new(System.Text.Json.JsonSerializer.Serialize(body), System.Text.Encoding.UTF8, "application/json");
}
