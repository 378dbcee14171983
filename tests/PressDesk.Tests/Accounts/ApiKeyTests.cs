using System.Net;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Accounts;

public class ApiKeyTests : AppTest
{
    // These keys read the request list (scopes: ApiScopeTests).
    private async Task<string> CreateKeyThroughTheUiAsync(string name)
    {
        var page = await Client.GetPageAsync("/team/api-keys");
        var response = await Client.PostFormAsync("/team/api-keys", page,
            new Dictionary<string, string> { ["Name"] = name, ["Scopes"] = PressDesk.Accounts.ApiScopes.RequestsRead }, "Create");
        return (await Forms.ParseAsync(response)).Text("#new-key");
    }

    [Fact]
    public async Task Without_a_key_the_api_answers_401_problem_details_with_a_bearer_challenge()
    {
        var response = await App.CreateClient().GetAsync("/api/requests");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task An_unknown_key_is_refused()
    {
        var response = await App.CreateApiClient("pd_not-a-real-key-not-a-real-key-000").GetAsync("/api/requests");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_signed_in_cookie_does_not_open_the_api()
    {
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync("/")).StatusCode);   // the cookie works for pages

        Assert.Equal(HttpStatusCode.Unauthorized, (await Client.GetAsync("/api/requests")).StatusCode);
    }

    [Fact]
    public async Task An_api_key_does_not_open_the_pages()
    {
        var response = await Api.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/signin", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task A_key_created_in_the_ui_is_shown_once_and_works()
    {
        var secret = await CreateKeyThroughTheUiAsync("Website form");

        Assert.StartsWith("pd_", secret);
        Assert.Equal(HttpStatusCode.OK, (await App.CreateApiClient(secret).GetAsync("/api/requests")).StatusCode);
        var list = await Client.GetStringAsync("/team/api-keys");
        Assert.Contains("Website form", list);
        Assert.DoesNotContain(secret, list);
    }

    [Fact]
    public async Task The_key_is_stored_only_as_a_hash()
    {
        var secret = await CreateKeyThroughTheUiAsync("Phone system");
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        var bytes = await ReadDatabaseFilesAsync();

        Assert.DoesNotContain(secret, bytes);
        Assert.DoesNotContain(PressDeskApp.ApiKey, bytes);
    }

    [Fact]
    public async Task A_revoked_key_stops_working_at_once()
    {
        var secret = await CreateKeyThroughTheUiAsync("Script");
        var integration = App.CreateApiClient(secret);
        Assert.Equal(HttpStatusCode.OK, (await integration.GetAsync("/api/requests")).StatusCode);

        var page = await Client.GetPageAsync("/team/api-keys");
        var revoke = page.QuerySelectorAll("tr").Single(row => row.TextContent.Contains("Script")).QuerySelector("form")!.GetAttribute("action")!;
        await Client.PostFormAsync(revoke, page, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Unauthorized, (await integration.GetAsync("/api/requests")).StatusCode);
        Assert.Contains("revoked", (await Client.GetPageAsync("/team/api-keys")).QuerySelectorAll("tr")
            .Single(row => row.TextContent.Contains("Script")).TextContent);
    }

    [Fact]
    public async Task The_last_use_of_a_key_is_shown()
    {
        var secret = await CreateKeyThroughTheUiAsync("Newsroom bot");
        Assert.Contains("never", (await Client.GetPageAsync("/team/api-keys")).QuerySelectorAll("tr")
            .Single(row => row.TextContent.Contains("Newsroom bot")).TextContent);

        await App.CreateApiClient(secret).GetAsync("/api/requests");

        var row = (await Client.GetPageAsync("/team/api-keys")).QuerySelectorAll("tr").Single(r => r.TextContent.Contains("Newsroom bot"));
        Assert.DoesNotContain("never", row.TextContent);
    }

    [Fact]
    public async Task A_key_needs_a_name()
    {
        var page = await Client.GetPageAsync("/team/api-keys");
        var response = await Client.PostFormAsync("/team/api-keys", page, new Dictionary<string, string> { ["Name"] = " " }, "Create");

        var result = await Forms.ParseAsync(response);
        Assert.Contains("Name the key", result.Text("span[data-valmsg-for='Name']"));
        Assert.Null(result.QuerySelector("#new-key"));
    }

    private async Task<string> ReadDatabaseFilesAsync()
    {
        var text = new System.Text.StringBuilder();
        foreach (var file in Directory.GetFiles(App.DataDirectory, "pressdesk.db*"))
        {
            await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream, System.Text.Encoding.Latin1);
            text.Append(await reader.ReadToEndAsync());
        }
        return text.ToString();
    }
}
