using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PressDesk.Push;
using PressDesk.Tests.Infrastructure;
using PressDesk.Tests.Push;

namespace PressDesk.Tests.Routing;

// A notification's "I'm on it" and "Away 1 h" post to the action URL it carries, without a cookie:
// the token in it is the permission, for one person and request, for two hours.
public sealed class EscalationPushActionTests(WebPushService service) : EscalationTest(service)
{
    private async Task<(long Id, string ActionUrl)> NotifiedEveAsync()
    {
        var eve = await DeviceOfAsync("eve");
        var id = await LogEnergyRequestAsync();
        await Pushes.DeliverDueAsync(default);
        var push = (await ArrivedAsync(eve)).Single(p => (long)p["requestId"]! == id);
        return (id, (string)push["actionUrl"]!);
    }

    private async Task<HttpResponseMessage> ActAsync(string url, string action)
    {
        using var anonymous = App.CreateClient();   // no cookie, no antiforgery token: as the service worker posts
        return await anonymous.PostJsonAsync(url, new { action });
    }

    [Fact]
    public async Task I_am_on_it_from_the_notification_acknowledges_and_stops_the_escalation()
    {
        var (id, url) = await NotifiedEveAsync();
        Advance(TimeSpan.FromMinutes(3));

        Assert.Equal(HttpStatusCode.NoContent, (await ActAsync(url, "acknowledge")).StatusCode);

        Assert.Equal(Time.GetUtcNow().ToUnixTimeMilliseconds(),
            await App.Database.ScalarAsync<long?>("SELECT acknowledged_at FROM requests WHERE id = @id", new { id }));
        Assert.Equal((Team.Eve, "acknowledged"), (await StepsAsync(id)).Select(s => (s.UserId!.Value, s.Event)).Last());
        Advance(TimeSpan.FromMinutes(5));
        await EscalateAsync();
        Assert.Equal(Team.Eve, await Team.AssigneeAsync(id));
    }

    [Fact]
    public async Task Away_one_hour_from_the_notification_sets_away_and_the_request_moves_on()
    {
        var (id, url) = await NotifiedEveAsync();

        Assert.Equal(HttpStatusCode.NoContent, (await ActAsync(url, "away")).StatusCode);

        Assert.Equal(Tuesday10.AddHours(1).ToUnixTimeMilliseconds(),
            await App.Database.ScalarAsync<long?>("SELECT away_until FROM users WHERE id = @Eve", new { Team.Eve }));
        await EscalateAsync();
        Assert.Equal(Team.Hugo, await Team.AssigneeAsync(id));
    }

    [Fact]
    public async Task A_tampered_token_an_expired_one_or_an_action_it_does_not_grant_is_404()
    {
        var (id, url) = await NotifiedEveAsync();
        var token = url["/push/actions/".Length..];
        var tampered = "/push/actions/" + token[..^3] + (token[^3] == 'A' ? 'B' : 'A') + token[^2..];

        Assert.Equal(HttpStatusCode.NotFound, (await ActAsync(tampered, "acknowledge")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ActAsync("/push/actions/not-a-token", "acknowledge")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ActAsync(url, "take")).StatusCode);

        Advance(PushActionToken.Lifetime);
        Assert.Equal(HttpStatusCode.NotFound, (await ActAsync(url, "acknowledge")).StatusCode);
        Assert.Null(await App.Database.ScalarAsync<long?>("SELECT acknowledged_at FROM requests WHERE id = @id", new { id }));
    }

    [Fact]
    public async Task A_notification_whose_request_was_passed_on_meanwhile_is_409()
    {
        var (id, url) = await NotifiedEveAsync();
        Advance(TimeSpan.FromMinutes(5));
        await EscalateAsync();

        Assert.Equal(HttpStatusCode.Conflict, (await ActAsync(url, "acknowledge")).StatusCode);
        Assert.Equal(Team.Hugo, await Team.AssigneeAsync(id));
    }
}

// The action URL is a capability: like a push endpoint, it must not reach the log.
public sealed class PushActionLoggingTests(WebPushService service) : IClassFixture<WebPushService>
{
    [Fact]
    public async Task The_action_token_is_not_logged_when_the_action_is_taken()
    {
        service.Reset();
        await using var app = new LoggedApp(new FakeTimeProvider(PressDeskApp.DefaultStart), PushTest.PushSettings(), backgroundWorkers: false);
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

        // With no team yet the owner has every request, so the owner's device gets the actions.
        await app.CreateApiClient().PostJsonAsync("/api/requests", ApiClient.Claire(PressDeskApp.DefaultStart));
        await app.Services.GetRequiredService<PushOutbox>().DeliverDueAsync(default);
        var url = (string)(await service.NotificationsAsync(subscription)).Single()["actionUrl"]!;
        using var anonymous = app.CreateClient();
        Assert.Equal(HttpStatusCode.NoContent, (await anonymous.PostJsonAsync(url, new { action = "acknowledge" })).StatusCode);

        var token = url["/push/actions/".Length..];
        Assert.Contains(app.Logs, line => line.Contains("from a notification", StringComparison.Ordinal));   // the action itself is logged
        Assert.DoesNotContain(app.Logs, line => line.Contains(token, StringComparison.Ordinal));
        Assert.DoesNotContain(app.Logs, line => line.Contains(token[..24], StringComparison.Ordinal));
    }

}
