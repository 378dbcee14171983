namespace PressDesk.Tests.Push;

public sealed class PushQuietHoursTests(WebPushService service) : PushTest(service, new Dictionary<string, string?>
{
    ["PressDesk:Alerts:QuietHours:Start"] = "22:00",
    ["PressDesk:Alerts:QuietHours:End"] = "07:00",
})
{
    [Fact]
    public async Task Quiet_hours_hold_the_pushes_of_a_new_request_and_its_alert_until_they_end()
    {
        var subscription = await SubscribeAsync();
        Time.Advance(TimeSpan.FromHours(8));   // 22:05
        await LogAsync(Time.GetUtcNow().AddMinutes(-16));

        await PassAsync();
        await Outbox.DeliverDueAsync(default);
        var morning = new DateTimeOffset(Now.Date.AddDays(1).AddHours(7), TimeSpan.Zero);
        Assert.Equal(morning, await Pushes.DeliverDueAsync(default));
        Assert.Empty(await ArrivedAsync(subscription));

        Time.Advance(morning - Time.GetUtcNow());   // 07:00
        await Outbox.DeliverDueAsync(default);
        await Pushes.DeliverDueAsync(default);

        Assert.Equal(["new-request", "warning"], (await ArrivedAsync(subscription)).Select(m => (string?)m["kind"]).Order());
    }
}
