using Microsoft.Extensions.DependencyInjection;
using PressDesk.Alerts;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Alerts;

// An app whose alert passes the test drives itself, on the fake clock.
public abstract class AlertTest(IDictionary<string, string?>? settings = null) : AppTest(settings, backgroundWorkers: false)
{
    protected AlertWorker Worker => App.Services.GetRequiredService<AlertWorker>();

    protected AlertOutbox Outbox => App.Services.GetRequiredService<AlertOutbox>();

    protected async Task<long> LogAsync(DateTimeOffset receivedAt, DateTimeOffset? deadline = null) =>
        (long)(await (await Api.PostJsonAsync("/api/requests", ApiClient.Claire(receivedAt, deadline))).JsonAsync())["id"]!;

    protected Task<DateTimeOffset?> PassAsync() => Worker.RunPassAsync(default);

    // The alerts table as stored: (request, kind, due, fired, late).
    protected Task<List<(long RequestId, string Kind, long DueAt, long FiredAt, bool Late)>> AlertsAsync() =>
        App.Database.QueryAsync<(long RequestId, string Kind, long DueAt, long FiredAt, bool Late)>(
            "SELECT request_id, kind, due_at, fired_at, late FROM alerts ORDER BY id");

    protected Task<List<(string Channel, string State, int Attempts, string? LastError)>> DeliveriesAsync() =>
        App.Database.QueryAsync<(string Channel, string State, int Attempts, string? LastError)>(
            "SELECT channel, state, attempts, last_error FROM alert_deliveries ORDER BY id");
}
