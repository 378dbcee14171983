using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PressDesk.Alerts;
using PressDesk.Push;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Push;

public sealed class PushDeliveryTests(WebPushService service) : PushTest(service)
{
    [Fact]
    public async Task A_warning_and_a_breach_arrive_at_their_due_times_with_the_documented_payload_once_each_across_a_restart()
    {
        // The running app: its own workers on the fake clock, as in production.
        var time = new FakeTimeProvider(Now);
        var app = new PressDeskApp(time: time, settings: PushSettings());
        try
        {
            var client = await app.CreateSignedInClientAsync();
            var subscription = await SubscribeAsync(client, Service);
            var id = (long)(await (await app.CreateApiClient().PostJsonAsync("/api/requests",
                ApiClient.Claire(Now, deadline: Now.AddHours(2), topic: "Hausse du tarif de l'électricité"))).JsonAsync())["id"]!;

            var arrived = await ArrivedEventuallyAsync(subscription, 1);   // the new request
            Assert.Equal("new-request", (string?)arrived[0]["kind"]);
            // The clock moves only once PressDesk has recorded the send: an attempt is bounded on the
            // app's clock, so a jump while one is in flight would time it out and send it again.
            await SentAsync(app);
            time.Advance(TimeSpan.FromMinutes(14));

            time.Advance(TimeSpan.FromMinutes(1));   // 15 min: the warning is due
            arrived = await ArrivedEventuallyAsync(subscription, 2);
            var warning = arrived[1];
            Assert.Equal("warning", (string?)warning["kind"]);
            Assert.Equal(id, (long)warning["requestId"]!);
            Assert.Equal("Claire Martin", (string?)warning["journalist"]);
            Assert.Equal("Les Echos", (string?)warning["outlet"]);
            Assert.Equal("Hausse du tarif de l'électricité", (string?)warning["topic"]);
            Assert.Equal(15, (int)warning["minutesLeft"]!);
            Assert.Equal("Call back soon", (string?)warning["title"]);
            Assert.Equal("Claire Martin (Les Echos) — 15 min left — Hausse du tarif de l'électricité", (string?)warning["body"]);
            Assert.Equal($"/requests/{id}", (string?)warning["url"]);
            Assert.Equal($"pressdesk-request-{id}", (string?)warning["tag"]);

            // The standard VAPID scheme, urgent, kept by the push service until the journalist's deadline.
            var headers = Service.Headers.Last();
            Assert.Matches(@"^vapid t=[\w-]+\.[\w-]+\.[\w-]+, k=[\w-]{87}$", headers["Authorization"]);
            Assert.Equal("high", headers["Urgency"]);
            Assert.Equal(((int)TimeSpan.FromMinutes(105).TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture), headers["TTL"]);
            Assert.Equal("aes128gcm", headers["Content-Encoding"]);

            // PressDesk restarts between the warning and the breach: same keys, nothing sent twice.
            await SentAsync(app);
            app = await app.RestartAsync();
            app.CreateClient();   // starts the host and its workers
            time.Advance(TimeSpan.FromMinutes(15));   // 30 min: the breach
            arrived = await ArrivedEventuallyAsync(subscription, 3);
            Assert.Equal("breach", (string?)arrived[2]["kind"]);
            Assert.Equal("Response target missed", (string?)arrived[2]["title"]);
            Assert.Equal("Claire Martin (Les Echos) — target missed, deadline in 90 min — Hausse du tarif de l'électricité", (string?)arrived[2]["body"]);

            for (var i = 0; i < 3; i++)
            {
                time.Advance(TimeSpan.FromMinutes(1));
                await app.Services.GetRequiredService<AlertOutbox>().DeliverDueAsync(default);
                await app.Services.GetRequiredService<PushOutbox>().DeliverDueAsync(default);
            }
            Assert.Equal(["new-request", "warning", "breach"], (await ArrivedAsync(subscription)).Select(m => (string?)m["kind"]));
        }
        finally
        {
            await app.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_subscription_the_push_service_expired_is_removed_after_its_410()
    {
        var subscription = await SubscribeAsync();
        await Service.ExpireAsync(subscription);
        await LogAsync(Now.AddMinutes(-16));

        Assert.Null(await DeliverAsync());

        Assert.Equal(0, await DevicesAsync());
        Assert.Empty(await PushRowsAsync());
        Assert.Empty(await ArrivedAsync(subscription));
    }

    [Fact]
    public async Task A_push_service_that_fails_then_recovers_gets_the_alert_once_on_the_alerts_backoff()
    {
        var subscription = await SubscribeAsync();
        Service.FailNext(4);
        await LogAsync(Now.AddMinutes(-16));   // the new request and the warning: each fails twice

        Assert.Equal(Now.AddSeconds(30), await DeliverAsync());
        Time.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(Now.AddSeconds(90), await Pushes.DeliverDueAsync(default));
        Time.Advance(TimeSpan.FromSeconds(60));
        Assert.Null(await Pushes.DeliverDueAsync(default));

        Assert.Equal(["new-request", "warning"], (await ArrivedAsync(subscription)).Select(m => (string?)m["kind"]).Order());
        Assert.All(await PushRowsAsync(), row => Assert.Equal("delivered", row.State));
        Assert.Equal(6, Service.Attempts);
    }

    [Fact]
    public async Task A_429_waits_for_the_Retry_After_the_push_service_gave()
    {
        var subscription = await SubscribeAsync();
        Service.RetryAfter = TimeSpan.FromMinutes(3);
        Service.RateLimitNext(1);
        await Api.PostJsonAsync("/api/requests", ApiClient.Claire(Now));

        Assert.Equal(Now.AddMinutes(3), await Pushes.DeliverDueAsync(default));
        Time.Advance(TimeSpan.FromMinutes(3));
        Assert.Null(await Pushes.DeliverDueAsync(default));

        Assert.Single(await ArrivedAsync(subscription));
    }

    [Fact]
    public async Task A_kind_the_user_turned_off_is_not_pushed_to_their_devices()
    {
        var subscription = await SubscribeAsync();
        await App.Services.GetRequiredService<PushSubscriptions>().SetMutedKindsAsync(1, [PushKinds.NewRequest]);
        await LogAsync(Now.AddMinutes(-16));
        await DeliverAsync();

        Assert.Equal(["warning"], (await ArrivedAsync(subscription)).Select(m => (string?)m["kind"]));
    }

    [Fact]
    public async Task A_French_speaking_user_gets_the_push_in_French()
    {
        var subscription = await SubscribeAsync();
        await App.Database.ExecuteAsync("UPDATE users SET language = 'fr'");
        await LogAsync(Now.AddMinutes(-16));
        await DeliverAsync();

        var warning = (await ArrivedAsync(subscription)).Single(m => (string?)m["kind"] == "warning");
        Assert.Equal("Rappel urgent", (string?)warning["title"]);
        Assert.Equal("Claire Martin (Les Echos) — 14 min restantes — New energy tariff", (string?)warning["body"]);
    }

    private static Task SentAsync(PressDeskApp app) => Eventually.UntilAsync(
        async () => await app.Database.ScalarAsync<long>("SELECT count(*) FROM push_deliveries WHERE state <> 'delivered'") == 0,
        "every push recorded as delivered");

    private async Task<IReadOnlyList<JsonNode>> ArrivedEventuallyAsync(TestSubscription subscription, int count) =>
        await Eventually.ValueAsync(() => ArrivedAsync(subscription), m => m.Count >= count, $"{count} pushes arrived");
}
