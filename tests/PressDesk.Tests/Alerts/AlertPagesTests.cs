using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Alerts;

public class AlertPagesTests(WebhookReceiver receiver) : AlertTest(new Dictionary<string, string?>
{
    ["PressDesk:Alerts:Webhook:Url"] = receiver.Url,
}), IClassFixture<WebhookReceiver>
{
    [Fact]
    public async Task The_alerts_page_shows_delivery_per_channel_and_resends_a_failed_one()
    {
        await receiver.ResetAsync();
        await receiver.SwitchAsync(ReceiverMode.Failing);
        await LogAsync(Now.AddMinutes(-31));
        await PassAsync();
        await Outbox.DeliverDueAsync(default);

        var page = await Client.GetPageAsync("/alerts");
        var row = page.QuerySelector("#alerts tbody tr")!;
        Assert.Equal("breach", row.GetAttribute("data-kind"));
        Assert.Equal("delivered", row.QuerySelector(".delivery[data-channel=Dashboard]")!.GetAttribute("data-state"));
        var webhook = row.QuerySelector(".delivery[data-channel=Webhook]")!;
        Assert.Equal("failed", webhook.GetAttribute("data-state"));
        Assert.Contains("503", webhook.TextContent);

        await receiver.SwitchAsync(ReceiverMode.Up);
        await Client.PostFormAsync(webhook.QuerySelector("form")!.GetAttribute("action")!, page, new Dictionary<string, string>());
        await Outbox.DeliverDueAsync(default);   // the resend wakes the outbox; here the test runs its pass

        Assert.Single(receiver.Received);
        var after = await Client.GetPageAsync("/alerts");
        Assert.Equal("delivered", after.QuerySelector("#alerts .delivery[data-channel=Webhook]")!.GetAttribute("data-state"));
    }

    [Fact]
    public async Task The_statistics_page_shows_weekly_medians_and_share_within_target()
    {
        // Two weeks ago: answered in 10 and 50 minutes; this week: answered in 20 minutes.
        foreach (var (daysAgo, minutes) in new[] { (14, 10), (14, 50), (0, 20) })
        {
            var receivedAt = Now.AddDays(-daysAgo).AddHours(-2);
            var id = await LogAsync(receivedAt);
            await Api.PostJsonAsync($"/api/requests/{id}/response", new { respondedAt = receivedAt.AddMinutes(minutes) });
        }

        var page = await Client.GetPageAsync("/statistics");

        var rows = page.QuerySelectorAll("#weekly-figures tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList()).ToList();
        Assert.Equal(12, rows.Count);
        Assert.Equal(["9 Nov 2026", "2", "30 min", "50 min", "50%"], rows[^3].Select(c => c.Replace(" %", "%")));
        Assert.Equal(["23 Nov 2026", "1", "20 min", "20 min", "100%"], rows[^1].Select(c => c.Replace(" %", "%")));
        var chart = System.Text.Json.Nodes.JsonNode.Parse(page.QuerySelector("#response-chart")!.GetAttribute("data-chart")!)!;
        Assert.Equal(20.0, (double)chart["median"]![11]!);
    }
}
