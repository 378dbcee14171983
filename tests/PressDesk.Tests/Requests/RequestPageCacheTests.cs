using System.Net.Http.Json;
using System.Text.Json;
using PressDesk.Tests.Infrastructure;
using PressDesk.Tests.Journalists;

namespace PressDesk.Tests.Requests;

// The first page of the list is shared for a second: a request's change still shows at once, and
// the clocks and the rest within the second.
public sealed class RequestPageCacheTests() : AppTest(backgroundWorkers: false)
{
    [Fact]
    public async Task A_change_to_a_request_shows_in_the_open_list_within_the_same_second()
    {
        var (answered, _) = await Api.RequestAsync(Now.AddMinutes(-10));
        var (prepared, _) = await Api.RequestAsync(Now.AddMinutes(-5));
        Assert.Equal(2, (await OpenAsync()).GetArrayLength());

        await Api.PostJsonAsync($"/api/requests/{answered}/response", new { });
        await Api.PutAsJsonAsync($"/api/requests/{prepared}/prep",
            new { keyPoints = new[] { new { text = "Prices follow the market", phrasings = Array.Empty<string>() } } }, JsonSerializerOptions.Web);

        var open = Assert.Single((await OpenAsync()).EnumerateArray());
        Assert.Equal(prepared, open.GetProperty("id").GetInt64());
        Assert.Equal("Prices follow the market", open.GetProperty("prep").GetProperty("keyPoints")[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task The_clocks_move_on_with_the_second()
    {
        await Api.RequestAsync(Now.AddMinutes(-14).AddSeconds(-59));
        Assert.Equal("onTime", (await OpenAsync())[0].GetProperty("clock").GetString());

        Time.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal("warning", (await OpenAsync())[0].GetProperty("clock").GetString());
    }

    [Fact]
    public async Task A_journalist_renamed_shows_in_the_list_after_at_most_a_second()
    {
        var (_, journalist) = await Api.RequestAsync(Now.AddMinutes(-5), name: "C. Martin");
        Assert.Equal("C. Martin", (await OpenAsync())[0].GetProperty("journalist").GetProperty("name").GetString());

        await Client.SaveJournalistAsync(journalist, new Dictionary<string, string> { ["Name"] = "Claire Martin" });
        Time.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal("Claire Martin", (await OpenAsync())[0].GetProperty("journalist").GetProperty("name").GetString());
    }

    private async Task<JsonElement> OpenAsync()
    {
        var response = await Api.GetAsync("/api/requests?status=open");
        response.EnsureSuccessStatusCode();
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("items");
    }
}
