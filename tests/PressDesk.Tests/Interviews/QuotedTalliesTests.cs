using Dapper;
using PressDesk.Tests.Infrastructure;
using PressDesk.Tests.Journalists;

namespace PressDesk.Tests.Interviews;

// The statistics page reads pre-counted tallies (migration 0011); they must always equal a count
// over the history itself, whatever was recorded, changed or deleted in between.
public class QuotedTalliesTests : AppTest
{
    [Fact]
    public async Task Tallies_equal_a_direct_count_after_publications_are_recorded_changed_and_deleted()
    {
        var (fast, _) = await Api.RequestAsync(Now.AddHours(-3), TimeSpan.FromMinutes(10));
        var (slow, _) = await Api.RequestAsync(Now.AddHours(-3), TimeSpan.FromMinutes(90), topic: "Another");
        var (third, _) = await Api.RequestAsync(Now.AddHours(-3), TimeSpan.FromMinutes(20), topic: "Third");
        await Client.SavePublicationAsync(fast, "Quoted piece", quoted: true, "");
        await Client.SavePublicationAsync(slow, "Other piece", quoted: false, "");
        await Client.SavePublicationAsync(third, "Third piece", quoted: true, "");
        Assert.Equal(3, await App.Database.ScalarAsync<long>("SELECT sum(requests) FROM quoted_tallies"));
        await AssertTalliesMatchAsync();

        await Client.SavePublicationAsync(fast, "Quoted piece", quoted: false, "");   // edited: no longer quoted
        await AssertTalliesMatchAsync();

        await using var db = await App.Database.OpenAsync();
        await db.ExecuteAsync("UPDATE requests SET responded_at = received_at + 3600000 WHERE id = @third", new { third });
        await AssertTalliesMatchAsync();
        await db.ExecuteAsync("DELETE FROM publications WHERE request_id = @slow", new { slow });
        await AssertTalliesMatchAsync();
        await db.ExecuteAsync("""
            DELETE FROM alert_deliveries WHERE alert_id IN (SELECT id FROM alerts WHERE request_id = @third);
            DELETE FROM alerts WHERE request_id = @third;
            DELETE FROM requests WHERE id = @third;
            """, new { third });   // its publication goes with it (ON DELETE CASCADE)
        await AssertTalliesMatchAsync();
        Assert.Equal(1, await App.Database.ScalarAsync<long>("SELECT sum(requests) FROM quoted_tallies"));
    }

    private async Task AssertTalliesMatchAsync()
    {
        await using var db = await App.Database.OpenAsync(readOnly: true);
        var tallies = await db.QueryAsync<(long, long, long)>("SELECT bucket, requests, quoted FROM quoted_tallies WHERE requests > 0 ORDER BY bucket");
        var counted = await db.QueryAsync<(long, long, long)>("""
            SELECT CASE WHEN r.responded_at - r.received_at < 900000 THEN 0
                        WHEN r.responded_at - r.received_at < 1800000 THEN 1
                        WHEN r.responded_at - r.received_at < 3600000 THEN 2
                        WHEN r.responded_at - r.received_at < 7200000 THEN 3
                        ELSE 4 END AS bucket, count(*), sum(p.published AND p.quoted)
            FROM requests r JOIN publications p ON p.request_id = r.id
            WHERE r.responded_at IS NOT NULL AND r.status IN ('Published', 'NotPublished')
            GROUP BY bucket ORDER BY bucket
            """);
        Assert.Equal(counted, tallies);
    }
}
