using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Alerts;

public class QuietHoursTests(WebhookReceiver receiver) : AlertTest(new Dictionary<string, string?>
{
    ["PressDesk:Alerts:Webhook:Url"] = receiver.Url,
    ["PressDesk:Alerts:QuietHours:Start"] = "22:00",
    ["PressDesk:Alerts:QuietHours:End"] = "07:00",
}), IClassFixture<WebhookReceiver>
{
    [Fact]
    public async Task A_webhook_alert_in_quiet_hours_waits_until_they_end_while_the_dashboard_has_it_at_once()
    {
        await receiver.ResetAsync();
        Time.Advance(TimeSpan.FromHours(8));   // 22:05
        await LogAsync(Time.GetUtcNow().AddMinutes(-16));
        await PassAsync();

        Assert.Equal(Now.Date.AddDays(1).AddHours(7), (await Outbox.DeliverDueAsync(default))?.UtcDateTime);   // 07:00 the next morning
        Assert.Empty(receiver.Received);
        Assert.Contains(("dashboard", "delivered"), (await DeliveriesAsync()).Select(d => (d.Channel, d.State)));

        Time.Advance(TimeSpan.FromHours(9) - TimeSpan.FromMinutes(5));   // 07:00
        await Outbox.DeliverDueAsync(default);

        Assert.Single(receiver.Received);
    }

    [Fact]
    public async Task A_held_back_alert_is_dropped_when_the_request_is_answered_meanwhile()
    {
        await receiver.ResetAsync();
        Time.Advance(TimeSpan.FromHours(8));   // 22:05
        var id = await LogAsync(Time.GetUtcNow().AddMinutes(-16));
        await PassAsync();
        await Api.PostJsonAsync($"/api/requests/{id}/response", new { });

        Time.Advance(TimeSpan.FromHours(9));
        Assert.Null(await Outbox.DeliverDueAsync(default));

        Assert.Empty(receiver.Received);
        Assert.Contains(("webhook", "cancelled"), (await DeliveriesAsync()).Select(d => (d.Channel, d.State)));
    }
}
