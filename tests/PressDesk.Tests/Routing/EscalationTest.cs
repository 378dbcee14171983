using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PressDesk.Routing;
using PressDesk.Tests.Push;

namespace PressDesk.Tests.Routing;

// The seeded press office with a second energy spokesperson (Hugo covers energy as well as
// health, so an energy request has a next member after Eve), on a Tuesday at 10:00 in Paris,
// with the local push service. The test drives the escalation, alert and push passes itself.
public abstract class EscalationTest(WebPushService service, IDictionary<string, string?>? settings = null) : PushTest(service, settings)
{
    protected static readonly DateTimeOffset Tuesday10 = SeededTeam.Paris(2026, 12, 1, 10);

    protected SeededTeam Team { get; private set; } = null!;

    protected EscalationWorker Escalation => App.Services.GetRequiredService<EscalationWorker>();

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Team = await SeededTeam.CreateAsync(App, Client);
        var energy = await App.Database.ScalarAsync<long>("SELECT id FROM focus_areas WHERE name = 'Énergie'");
        await SeededTeam.CoverAsync(App, Team.Hugo, energy);
        Time.SetUtcNow(Tuesday10);
    }

    protected Task<HttpClient> SignInAsync(string name) =>
        App.CreateSignedInClientAsync($"{name}@pressdesk.test", SeededTeam.Password);

    protected async Task<TestSubscription> DeviceOfAsync(string name) => await SubscribeAsync(await SignInAsync(name), Service);

    protected async Task<long> LogEnergyRequestAsync()
    {
        var id = await LogAsync(Time.GetUtcNow());
        Assert.Equal(Team.Eve, await Team.AssigneeAsync(id));
        return id;
    }

    protected Task<DateTimeOffset?> EscalateAsync() => Escalation.RunPassAsync(default);

    protected void Advance(TimeSpan by) => Time.Advance(by);

    protected Task<List<(long? UserId, string Event, string? Reason)>> StepsAsync(long requestId) =>
        App.Database.QueryAsync<(long? UserId, string Event, string? Reason)>(
            "SELECT user_id, event, reason FROM request_assignments WHERE request_id = @requestId ORDER BY id", new { requestId });

    protected async Task<IReadOnlyList<JsonNode>> ArrivedOfKindAsync(TestSubscription device, string kind) =>
        [.. (await ArrivedAsync(device)).Where(p => (string?)p["kind"] == kind)];
}
