using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PressDesk.Tests.Infrastructure;

public static class ApiClient
{
    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, object body) =>
        client.PostAsJsonAsync(url, body, JsonSerializerOptions.Web);

    public static async Task<JsonNode> JsonAsync(this HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())
        ?? throw new InvalidOperationException("The response body is empty.");

    public static object Claire(DateTimeOffset receivedAt, DateTimeOffset? deadline = null, string topic = "New energy tariff") => new
    {
        journalist = new { name = "Claire Martin", outlet = "Les Echos" },
        topic,
        question = "Will households pay more this winter?",
        channel = "phone",
        receivedAt,
        deadline,
    };
}
