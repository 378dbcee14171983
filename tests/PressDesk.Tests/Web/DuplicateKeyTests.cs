using System.Net;
using System.Text;
using PressDesk.Tests.Infrastructure;
using PressDesk.Tests.Reliability.Hostile;

namespace PressDesk.Tests.Web;

// A key sent twice is refused like a malformed body, with problem details naming the key, on every
// JSON endpoint, and nothing is stored: neither copy is quietly kept.
public sealed class DuplicateKeyTests : AppTest
{
    public static TheoryData<string, string, string, string> Bodies => new()
    {
        { "POST", "/api/requests", """{"journalist":{"name":"Claire"},"topic":"Tariff","topic":"Grid","channel":"phone"}""", "topic" },
        { "POST", "/api/requests", """{"journalist":{"name":"Claire","name":"[Click](https://evil.test)"},"topic":"Tariff","channel":"phone"}""", "journalist.name" },
        { "POST", "/api/requests", """{"journalist":{"name":"Claire"},"topic":"Tariff","channel":"phone","Channel":"email"}""", "channel" },
        { "POST", "/api/requests/{id}/response", """{"declined":false,"declined":true}""", "declined" },
        { "PUT", "/api/requests/{id}/prep", """{"keyPoints":[],"ready":false,"ready":true}""", "ready" },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task A_key_given_twice_is_a_problem_naming_the_key_and_stores_nothing(string method, string url, string json, string key)
    {
        var id = (long)(await (await Api.PostJsonAsync("/api/requests", ApiClient.Claire(Now.AddMinutes(-5)))).JsonAsync())["id"]!;
        var before = await StoreSnapshot.TakeAsync(App.DatabasePath);

        var response = await Api.SendAsync(new HttpRequestMessage(new HttpMethod(method), url.Replace("{id}", id.ToString(System.Globalization.CultureInfo.InvariantCulture)))
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await response.JsonAsync();
        var named = problem["errors"]!.AsObject().Select(e => e.Key).ToList();
        var error = Assert.Single(named, k => k.Equals(key, StringComparison.OrdinalIgnoreCase));
        Assert.Equal("This key appears more than once; send each key once.", (string?)problem["errors"]![error]![0]);
        Assert.Equal(before, await StoreSnapshot.TakeAsync(App.DatabasePath));
    }
}
