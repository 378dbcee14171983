using Dapper;
using PressDesk.Requests;
using PressDesk.Tests.Infrastructure;
using PressDesk.Tests.Journalists;

namespace PressDesk.Tests.Requests;

// The rules about a request's status exist once in SQL and once in C#: they must agree on every
// status, answered or not, and the open rule must still be served by the partial indexes.
public sealed class RequestRulesTests() : AppTest(backgroundWorkers: false)
{
    public static TheoryData<string, string> Rules => new()
    {
        { nameof(RequestStatuses.OpenSql), RequestStatuses.OpenSql },
        { nameof(RequestStatuses.AnswerableSql), RequestStatuses.AnswerableSql },
        { nameof(RequestStatuses.CalledBackSql), RequestStatuses.CalledBackSql },
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public async Task The_sql_rule_and_the_csharp_rule_agree_on_every_status(string rule, string sql)
    {
        var rows = await EveryStatusAsync();

        await using var connection = await App.Database.OpenAsync();
        var matched = (await connection.QueryAsync<long>($"SELECT r.id FROM requests r WHERE {sql}")).ToHashSet();

        foreach (var (id, status, responded) in rows)
        {
            var request = new Request(id, new JournalistRef(1, "x", null), "t", "", Channel.Phone, Now,
                null, status, responded ? Now : null, null);
            var expected = rule switch
            {
                nameof(RequestStatuses.OpenSql) => request.IsOpen(),
                nameof(RequestStatuses.AnswerableSql) => request.AcceptsResponse(),
                _ => status.WasCalledBack(),
            };
            Assert.True(expected == matched.Contains(id), $"{rule}: C# says {expected} for {status} (responded: {responded}), SQL disagrees.");
        }
    }

    [Theory]
    [InlineData("ix_requests_open")]
    [InlineData("ix_requests_open_deadline")]
    public async Task The_partial_indexes_over_open_requests_are_the_open_rule(string index)
    {
        await using var connection = await App.Database.OpenAsync();
        var definition = await connection.ExecuteScalarAsync<string>("SELECT sql FROM sqlite_schema WHERE name = @index", new { index });

        Assert.Contains(RequestStatuses.OpenSql.Replace("r.", ""), definition);
        var plan = string.Join("\n", (await connection.QueryAsync<(long, long, long, string Detail)>(
            $"EXPLAIN QUERY PLAN SELECT r.id FROM requests r WHERE {RequestStatuses.OpenSql} AND r.deadline > 0 AND r.received_at > 0"))
            .Select(p => p.Detail));
        Assert.Contains("USING INDEX ix_requests_open", plan);
    }

    // One request for each status, answered and not.
    private async Task<List<(long Id, RequestStatus Status, bool Responded)>> EveryStatusAsync()
    {
        var (template, _) = await Api.RequestAsync(Now.AddMinutes(-5));
        await using var connection = await App.Database.OpenAsync();
        var rows = new List<(long, RequestStatus, bool)>();
        foreach (var status in Enum.GetValues<RequestStatus>())
            foreach (var responded in new[] { false, true })
            {
                var id = await connection.ExecuteScalarAsync<long>("""
                    INSERT INTO requests (journalist_id, topic, question, channel, received_at, deadline, status, responded_at, created_at, updated_at)
                    SELECT journalist_id, topic, question, channel, received_at, deadline, @status, @respondedAt, created_at, updated_at
                    FROM requests WHERE id = @template
                    RETURNING id
                    """, new { template, status = status.ToString(), respondedAt = responded ? Now.ToUnixTimeMilliseconds() : (long?)null });
                rows.Add((id, status, responded));
            }
        await connection.ExecuteAsync("DELETE FROM requests WHERE id = @template", new { template });
        return rows;
    }
}
