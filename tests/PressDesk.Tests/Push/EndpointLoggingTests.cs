using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PressDesk.Alerts;
using PressDesk.Push;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Push;

// Review item 9: a device's endpoint URL is a capability to push to it, and a Slack or Teams webhook
// URL carries its secret in the path; neither may reach the log at the level PressDesk ships with.
public sealed class EndpointLoggingTests(WebPushService service, WebhookReceiver receiver)
    : IClassFixture<WebPushService>, IClassFixture<WebhookReceiver>
{
    [Fact]
    public async Task Neither_a_push_endpoint_nor_the_webhook_URL_is_logged_when_they_are_sent_to()
    {
        service.Reset();
        var time = new FakeTimeProvider(PressDeskApp.DefaultStart);
        var settings = PushTest.PushSettings(new Dictionary<string, string?> { ["PressDesk:Alerts:Webhook:Url"] = receiver.Url });
        await using var app = new LoggedApp(time, settings, backgroundWorkers: false);
        var client = await app.CreateSignedInClientAsync();
        var key = await client.GetStringAsync("/push/public-key");
        var subscription = await service.SubscribeAsync(key);
        var request = new HttpRequestMessage(HttpMethod.Post, "/push/subscriptions")
        {
            Content = new StringContent(System.Text.Json.JsonSerializer.Serialize(subscription.Json, System.Text.Json.JsonSerializerOptions.Web),
                System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("RequestVerificationToken", (await client.GetPageAsync("/account")).AntiforgeryToken());
        (await client.SendAsync(request)).EnsureSuccessStatusCode();

        await app.CreateApiClient().PostJsonAsync("/api/requests", ApiClient.Claire(PressDeskApp.DefaultStart.AddMinutes(-16)));
        await app.Services.GetRequiredService<AlertWorker>().RunPassAsync(default);
        await app.Services.GetRequiredService<AlertOutbox>().DeliverDueAsync(default);
        await app.Services.GetRequiredService<PushOutbox>().DeliverDueAsync(default);

        Assert.NotEmpty(await service.NotificationsAsync(subscription));
        Assert.NotEmpty(receiver.Received);
        var endpointPath = new Uri(subscription.Endpoint).AbsolutePath;
        Assert.DoesNotContain(app.Logs, line => line.Contains(endpointPath, StringComparison.Ordinal));
        Assert.DoesNotContain(app.Logs, line => line.Contains("/hook", StringComparison.Ordinal));
        Assert.NotEmpty(app.Logs);   // the collector did see the app's log
    }

}
