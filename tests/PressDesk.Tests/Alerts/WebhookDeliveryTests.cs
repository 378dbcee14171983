namespace PressDesk.Tests.Alerts;

public class WebhookDeliveryTests : AlertTest, IClassFixture<WebhookReceiver>
{
    private readonly WebhookReceiver _receiver;

    public WebhookDeliveryTests(WebhookReceiver receiver) : base(new Dictionary<string, string?>
    {
        ["PressDesk:Alerts:Webhook:Url"] = receiver.Url,
        ["PressDesk:PublicUrl"] = "https://pressdesk.example.org/",
    })
        => _receiver = receiver;

    public override async Task InitializeAsync()
    {
        await _receiver.ResetAsync();
        await base.InitializeAsync();
    }

    [Fact]
    public async Task The_receiver_gets_the_documented_payload()
    {
        var id = await LogAsync(Now.AddMinutes(-20), deadline: Now.AddHours(2));
        await PassAsync();
        await Outbox.DeliverDueAsync(default);

        var payload = Assert.Single(_receiver.Received);
        Assert.Equal("warning", (string?)payload["kind"]);
        Assert.Equal(id, (long)payload["requestId"]!);
        Assert.True((long)payload["alertId"]! > 0);
        Assert.Equal("Claire Martin", (string?)payload["journalist"]);
        Assert.Equal("Les Echos", (string?)payload["outlet"]);
        Assert.Equal("New energy tariff", (string?)payload["topic"]);
        Assert.Equal("2026-11-28T13:45:00+00:00", (string?)payload["receivedAt"]);
        Assert.Equal("2026-11-28T14:00:00+00:00", (string?)payload["dueAt"]);
        Assert.Equal("2026-11-28T14:05:00+00:00", (string?)payload["firedAt"]);
        Assert.Equal($"https://pressdesk.example.org/requests/{id}", (string?)payload["link"]);
        var text = (string?)payload["text"];
        Assert.Contains("Claire Martin (Les Echos)", text);
        Assert.Contains("New energy tariff", text);
        Assert.Contains($"https://pressdesk.example.org/requests/{id}", text);
        Assert.Equal([("dashboard", "delivered", 0), ("webhook", "delivered", 1)],
            (await DeliveriesAsync()).Select(d => (d.Channel, d.State, d.Attempts)));
    }

    [Fact]
    public async Task A_receiver_that_fails_its_first_attempts_gets_exactly_one_delivery_each_try_recorded()
    {
        _receiver.FailNext(2);
        await LogAsync(Now.AddMinutes(-31));
        await PassAsync();

        // The outbox is the one layer that retries: every attempt is a recorded try, on its backoff.
        Assert.Equal(Now.AddSeconds(30), await Outbox.DeliverDueAsync(default));
        Time.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(Now.AddSeconds(90), await Outbox.DeliverDueAsync(default));
        Time.Advance(TimeSpan.FromSeconds(60));
        Assert.Null(await Outbox.DeliverDueAsync(default));

        Assert.Equal(3, _receiver.Attempts);
        Assert.Single(_receiver.Received);
        var webhook = (await DeliveriesAsync()).Single(d => d.Channel == "webhook");
        Assert.Equal(("delivered", 3), (webhook.State, webhook.Attempts));
    }

    [Fact]
    public async Task A_receiver_that_is_down_gets_the_alert_later_never_dropped()
    {
        await _receiver.SwitchAsync(ReceiverMode.Failing);
        await LogAsync(Now.AddMinutes(-31));
        await PassAsync();

        var next = await Outbox.DeliverDueAsync(default);
        var failed = (await DeliveriesAsync()).Single(d => d.Channel == "webhook");
        Assert.Equal(("failed", 1), (failed.State, failed.Attempts));
        Assert.Contains("503", failed.LastError);
        Assert.Equal(Now.AddSeconds(30), next);   // retried later, with a growing delay

        Time.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(Now.AddSeconds(90), await Outbox.DeliverDueAsync(default));   // still down: 60 s more

        await _receiver.SwitchAsync(ReceiverMode.Up);
        Time.Advance(TimeSpan.FromSeconds(60));
        await Outbox.DeliverDueAsync(default);

        var delivered = (await DeliveriesAsync()).Single(d => d.Channel == "webhook");
        Assert.Equal(("delivered", 3), (delivered.State, delivered.Attempts));
        Assert.Single(_receiver.Received);
        Assert.Null(await Outbox.DeliverDueAsync(default));   // nothing left in the outbox
    }
}
