using Dapper;
using PressDesk.Data;

namespace PressDesk.Interviews;

public sealed record QuotedBucket(string Label, int Requests, int Quoted)
{
    public double? Share => Requests == 0 ? null : (double)Quoted / Requests;
}

// Does speed win? Among answered requests whose outcome is recorded (published or not), the share
// that ended with the user quoted, by how fast they called back.
public sealed class QuotedByResponseTime(Database database)
{
    public static readonly (TimeSpan Below, string Label)[] Buckets =
    [
        (TimeSpan.FromMinutes(15), "under 15 min"),
        (TimeSpan.FromMinutes(30), "15–30 min"),
        (TimeSpan.FromMinutes(60), "30–60 min"),
        (TimeSpan.FromHours(2), "1–2 h"),
        (TimeSpan.MaxValue, "more than 2 h"),
    ];

    public async Task<IReadOnlyList<QuotedBucket>> ComputeAsync(CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        var rows = await connection.QueryAsync<(long ResponseMs, bool Quoted)>("""
            SELECT r.responded_at - r.received_at, p.published AND p.quoted
            FROM requests r JOIN publications p ON p.request_id = r.id
            WHERE r.responded_at IS NOT NULL AND r.status IN ('Published', 'NotPublished')
            """);
        var counts = Buckets.Select(_ => (Requests: 0, Quoted: 0)).ToArray();
        foreach (var (ms, quoted) in rows)
        {
            var i = Array.FindIndex(Buckets, b => TimeSpan.FromMilliseconds(ms) < b.Below);
            counts[i] = (counts[i].Requests + 1, counts[i].Quoted + (quoted ? 1 : 0));
        }
        return Buckets.Select((b, i) => new QuotedBucket(b.Label, counts[i].Requests, counts[i].Quoted)).ToList();
    }
}
