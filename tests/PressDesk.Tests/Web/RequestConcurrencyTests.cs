using System.Globalization;
using System.IO.Pipelines;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PressDesk.Tests.Data;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Web;

// One request at a time here: a request whose body is still arriving holds the only place, so
// the tests can see the line form behind it without any timing.
public abstract class RequestConcurrencyTest(int queue) : AppTest(new Dictionary<string, string?>
{
    ["PressDesk:Concurrency:Requests"] = "1",
    ["PressDesk:Concurrency:Queue"] = queue.ToString(CultureInfo.InvariantCulture),
})
{
    private System.Threading.RateLimiting.RateLimiterStatistics Line =>
        App.Services.GetRequiredService<IOptions<RateLimiterOptions>>().Value.GlobalLimiter!.GetStatistics(new DefaultHttpContext())!;

    // Starts logging a request through the API and stops halfway through its JSON body.
    protected async Task<(Task<HttpResponseMessage> Response, Func<Task> Finish)> StartSlowPostAsync()
    {
        var body = new Pipe();
        var json = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(ApiClient.Claire(Now.AddMinutes(-3)), JsonSerializerOptions.Web));
        var content = new StreamContent(body.Reader.AsStream());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var response = Api.PostAsync("/api/requests", content);
        await body.Writer.WriteAsync(json.AsMemory(0, json.Length / 2));
        await WaitForAsync(() => Line.CurrentAvailablePermits == 0, "the slow request holds the only place");
        return (response, async () =>
        {
            await body.Writer.WriteAsync(json.AsMemory(json.Length / 2));
            await body.Writer.CompleteAsync();
        });
    }

    protected Task WaitForQueuedAsync(int count) => WaitForAsync(() => Line.CurrentQueuedCount == count, $"{count} request(s) wait in line");

    protected Task<long> CountRequestsAsync() => App.Database.ScalarAsync<long>("SELECT count(*) FROM requests");

    private static Task WaitForAsync(Func<bool> condition, string what) =>
        Eventually.UntilAsync(condition, what, every: TimeSpan.FromMilliseconds(5));
}

public class RequestConcurrencyQueueTests() : RequestConcurrencyTest(queue: 5)
{
    [Fact]
    public async Task A_request_over_the_limit_waits_its_turn_and_is_then_served()
    {
        var (slow, finish) = await StartSlowPostAsync();

        var waiting = Client.GetAsync("/");
        await WaitForQueuedAsync(1);
        Assert.False(waiting.IsCompleted);

        await finish();
        Assert.Equal(HttpStatusCode.Created, (await slow).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await waiting).StatusCode);
        Assert.Equal(1, await CountRequestsAsync());
    }

    [Fact]
    public async Task The_live_events_stream_and_the_health_check_never_take_a_place_in_line()
    {
        using var events = await Client.GetAsync("/events", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, events.StatusCode);

        // The open stream holds no place: a page is served at once...
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync("/")).StatusCode);
        // ...and with the only place taken, the health check still answers.
        var (slow, finish) = await StartSlowPostAsync();
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync("/healthz")).StatusCode);

        await finish();
        Assert.Equal(HttpStatusCode.Created, (await slow).StatusCode);
    }
}

public class RequestConcurrencyFullLineTests() : RequestConcurrencyTest(queue: 0)
{
    [Fact]
    public async Task With_the_line_full_a_request_is_refused_with_503_and_retry_after_and_nothing_is_lost()
    {
        var (slow, finish) = await StartSlowPostAsync();

        using var refused = await Api.PostJsonAsync("/api/requests", ApiClient.Claire(Now.AddMinutes(-1), topic: "Refused"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(1), refused.Headers.RetryAfter?.Delta);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        await finish();
        Assert.Equal(HttpStatusCode.Created, (await slow).StatusCode);
        Assert.Equal(1, await CountRequestsAsync());
    }
}

public class ConcurrencyOptionsTests
{
    [Theory]
    [InlineData("PressDesk:Concurrency:Requests", "-1")]
    [InlineData("PressDesk:Concurrency:Queue", "-5")]
    public void A_wrong_concurrency_setting_stops_the_start_naming_the_key(string key, string value)
    {
        using var app = new PressDeskApp(settings: new Dictionary<string, string?> { [key] = value });

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains(key, StartupTests.Flatten(error));
    }
}
