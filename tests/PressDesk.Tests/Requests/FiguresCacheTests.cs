using Dapper;
using Microsoft.Extensions.DependencyInjection;
using PressDesk.Requests;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Requests;

// The 30-day summary is shared between views for up to a minute, and never outlives a change.
public sealed class FiguresCacheTests() : AppTest(backgroundWorkers: false)
{
    private RequestStore Store => App.Services.GetRequiredService<RequestStore>();
    private FiguresCache<ResponseSummary> Cache => App.Services.GetRequiredService<FiguresCache<ResponseSummary>>();

    // As the dashboard reads it.
    private Task<ResponseSummary> SummaryAsync() => Cache.GetAsync(async (now, settings) =>
        ResponseSummary.From(await Store.ResponseTimesSinceAsync(now - ResponseSummary.Window), settings, now));

    [Fact]
    public async Task A_logged_request_shows_at_once_and_a_silent_change_within_a_minute()
    {
        (await Api.PostJsonAsync("/api/requests", ApiClient.Claire(Now.AddMinutes(-5)))).EnsureSuccessStatusCode();
        Assert.Equal(1, (await SummaryAsync()).Requests);

        (await Api.PostJsonAsync("/api/requests", ApiClient.Claire(Now.AddMinutes(-4), topic: "Second"))).EnsureSuccessStatusCode();
        Assert.Equal(2, (await SummaryAsync()).Requests);   // the API signalled the change

        // A row written behind the app's back (no change signal) is picked up when the minute is over.
        await using (var connection = await App.Database.OpenAsync())
            await connection.ExecuteAsync("""
                INSERT INTO requests (journalist_id, topic, channel, received_at, status, created_at, updated_at)
                SELECT journalist_id, 'Third', channel, received_at, 'New', created_at, updated_at FROM requests LIMIT 1
                """);
        Assert.Equal(2, (await SummaryAsync()).Requests);
        Time.Advance(FiguresCache<ResponseSummary>.MaxAge);
        Assert.Equal(3, (await SummaryAsync()).Requests);
    }

    [Fact]
    public async Task Answering_a_request_updates_the_summary_at_once()
    {
        var created = await (await Api.PostJsonAsync("/api/requests", ApiClient.Claire(Now.AddMinutes(-10)))).JsonAsync();
        Assert.Equal(0, (await SummaryAsync()).Answered);

        (await Api.PostJsonAsync($"/api/requests/{created["id"]}/response", new { })).EnsureSuccessStatusCode();

        var summary = await SummaryAsync();
        Assert.Equal(1, summary.Answered);
        Assert.Equal(TimeSpan.FromMinutes(10), summary.MedianResponse);
    }
}
