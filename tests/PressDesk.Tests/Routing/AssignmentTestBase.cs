using Microsoft.Extensions.DependencyInjection;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Routing;

// The seeded team on Tuesday 1 December 2026 at 10:00 in Paris (everyone at work), with Eve and
// Hugo signed in: an energy request is Eve's, a health one Hugo's.
public abstract class AssignmentTestBase : AppTest
{
    protected SeededTeam Team { get; private set; } = null!;

    protected HttpClient Eve { get; private set; } = null!;

    protected HttpClient Hugo { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Team = await SeededTeam.CreateAsync(App, Client);
        Time.SetUtcNow(SeededTeam.Paris(2026, 12, 1, 10));
        Eve = await SignInAsync("eve@pressdesk.test");
        Hugo = await SignInAsync("hugo@pressdesk.test");
    }

    protected Task<HttpClient> SignInAsync(string email, string? language = null) => SignInAsync(App, email, language);

    public static async Task<HttpClient> SignInAsync(PressDeskApp app, string email, string? language = null)
    {
        var client = await app.CreateSignedInClientAsync(email, SeededTeam.Password);
        if (language is not null) client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        return client;
    }

    protected async Task<long> LogAsync(string topic = "New energy tariff")
    {
        var response = await Api.PostJsonAsync("/api/requests", ApiClient.Claire(Time.GetUtcNow(), topic: topic));
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return (long)(await response.JsonAsync())["id"]!;
    }

    protected async Task<IReadOnlyList<(string Event, long? UserId, long? ByUserId)>> HistoryAsync(long id) =>
        [.. await App.Database.QueryAsync<(string, long?, long?)>(
            "SELECT event, user_id, by_user_id FROM request_assignments WHERE request_id = @id ORDER BY id", new { id })];

    // "I'm on it": an unacknowledged request of an away member is escalated at once, so a test of
    // what is offered to colleagues has the assignee say it first.
    protected async Task OnItAsync(long id, long userId) =>
        Assert.Equal(PressDesk.Routing.AssignOutcome.Done,
            await App.Services.GetRequiredService<PressDesk.Routing.AssignRequest>().AcknowledgeAsync(id, userId));

    protected Task<long?> AcknowledgedAtAsync(long id) =>
        App.Database.ScalarAsync<long?>("SELECT acknowledged_at FROM requests WHERE id = @id", new { id });
}
