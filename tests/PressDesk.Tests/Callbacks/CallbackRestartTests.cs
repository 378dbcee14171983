using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PressDesk.Callbacks;
using PressDesk.Tests.Infrastructure;
using PressDesk.Tests.Push;

namespace PressDesk.Tests.Callbacks;

// reminded_at is committed with the reminder's pushes: a restart neither loses a reminder that
// came due while PressDesk was stopped nor fires one again.
public sealed class CallbackRestartTests(WebPushService service) : IClassFixture<WebPushService>
{
    private static readonly DateTimeOffset Start = PressDeskApp.DefaultStart;

    [Fact]
    public async Task A_restart_does_not_fire_a_reminder_again_and_fires_one_missed_while_stopped_once()
    {
        service.Reset();
        var app = new PressDeskApp(time: new FakeTimeProvider(Start), settings: PushTest.PushSettings(), backgroundWorkers: false);
        try
        {
            var client = await app.CreateSignedInClientAsync();
            var key = await client.GetStringAsync("/push/public-key");
            var subscription = await service.SubscribeAsync(key);
            var request = new HttpRequestMessage(HttpMethod.Post, "/push/subscriptions")
            {
                Content = System.Net.Http.Json.JsonContent.Create(subscription.Json),
            };
            request.Headers.Add("RequestVerificationToken", (await client.GetPageAsync("/account")).AntiforgeryToken());
            Assert.Equal(System.Net.HttpStatusCode.Created, (await client.SendAsync(request)).StatusCode);

            var api = app.CreateApiClient();
            var requestId = await CallbackSteps.LogAsync(api, Start.AddMinutes(-3));
            var owner = await app.Database.ScalarAsync<long>("SELECT id FROM users WHERE email = @OwnerEmail", new { PressDeskApp.OwnerEmail });
            foreach (var minutes in new[] { 4, 40 })   // 14:09 and 14:45
                Assert.Equal(System.Net.HttpStatusCode.Created,
                    (await api.PostJsonAsync($"/api/requests/{requestId}/callbacks", new { at = Start.AddMinutes(minutes), userId = owner })).StatusCode);

            // The first reminder (for 14:09) fires at once, then PressDesk stops and starts again three times, the
            // last start after the second one's reminder time (14:40) passed while it was down.
            await app.Services.GetRequiredService<CallbackReminders>().RunPassAsync(default);
            await Eventually.UntilAsync(async () => await RemindersAsync(app) == 1, "the first reminder fired", within: TimeSpan.FromSeconds(15));
            foreach (var minutes in new[] { 10, 20, 38 })
            {
                app = await app.RestartAsync(new FakeTimeProvider(Start.AddMinutes(minutes)));
                app.CreateClient();   // starts the host, and with it the reminder worker
                await app.Services.GetRequiredService<CallbackReminders>().RunPassAsync(default);
            }
            await Eventually.UntilAsync(async () => await RemindersAsync(app) == 2, "the missed reminder fired");
            await app.Services.GetRequiredService<PressDesk.Push.PushOutbox>().DeliverDueAsync(default);

            var rows = await app.Database.QueryAsync<string>("SELECT kind FROM push_deliveries WHERE kind LIKE 'callback:%' ORDER BY id");
            Assert.Equal(2, rows.Count);
            Assert.Equal(2, (await service.NotificationsAsync(subscription)).Count(p => (string?)p["kind"] == "callback"));
            Assert.Equal(Start.AddMinutes(38).ToUnixTimeMilliseconds(),
                await app.Database.ScalarAsync<long>("SELECT max(reminded_at) FROM scheduled_callbacks"));
        }
        finally
        {
            await app.DisposeAsync();
        }
    }

    private static Task<long> RemindersAsync(PressDeskApp app) =>
        app.Database.ScalarAsync<long>("SELECT count(*) FROM scheduled_callbacks WHERE reminded_at IS NOT NULL");
}
