using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PressDesk.Push;
using PressDesk.Tests.Alerts;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Push;

// An app whose alert and push passes the test drives on the fake clock, with the local Web Push
// service (web-push-testing) as the one push service it may post to.
public abstract class PushTest(WebPushService service, IDictionary<string, string?>? settings = null)
    : AlertTest(PushSettings(settings)), IClassFixture<WebPushService>
{
    protected WebPushService Service => service;

    protected PushOutbox Pushes => App.Services.GetRequiredService<PushOutbox>();

    public static Dictionary<string, string?> PushSettings(IDictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["PressDesk:Push:Subject"] = "mailto:press@pressdesk.test",
            ["PressDesk:Push:AllowedEndpointHosts:0"] = WebPushService.AllowedHost,
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>()) settings[key] = value;
        return settings;
    }

    public override async Task InitializeAsync()
    {
        service.Reset();
        await base.InitializeAsync();
    }

    // The way a browser does it: the page's key, the push service's subscription, the page's token.
    protected static async Task<TestSubscription> SubscribeAsync(HttpClient client, WebPushService service)
    {
        var key = await client.GetStringAsync("/push/public-key");
        var subscription = await service.SubscribeAsync(key);
        var response = await PostSubscriptionAsync(client, subscription.Json);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return subscription;
    }

    protected Task<TestSubscription> SubscribeAsync() => SubscribeAsync(Client, service);

    protected static async Task<HttpResponseMessage> PostSubscriptionAsync(HttpClient client, object body, bool token = true)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/push/subscriptions") { Content = JsonContent(body) };
        if (token) request.Headers.Add("RequestVerificationToken", (await client.GetPageAsync("/account")).AntiforgeryToken());
        return await client.SendAsync(request);
    }

    private static StringContent JsonContent(object body) =>
        new(System.Text.Json.JsonSerializer.Serialize(body, System.Text.Json.JsonSerializerOptions.Web), System.Text.Encoding.UTF8, "application/json");

    // One alert pass, the alert outbox (which hands push its alerts), then the push outbox.
    protected async Task<DateTimeOffset?> DeliverAsync()
    {
        await PassAsync();
        await Outbox.DeliverDueAsync(default);
        return await Pushes.DeliverDueAsync(default);
    }

    protected Task<IReadOnlyList<JsonNode>> ArrivedAsync(TestSubscription subscription) => service.NotificationsAsync(subscription);

    protected Task<List<(string Kind, string State, int Attempts, string? LastError)>> PushRowsAsync() =>
        App.Database.QueryAsync<(string Kind, string State, int Attempts, string? LastError)>(
            "SELECT kind, state, attempts, last_error FROM push_deliveries ORDER BY id");

    protected Task<long> DevicesAsync() => App.Database.ScalarAsync<long>("SELECT count(*) FROM push_subscriptions");
}
