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

    // Read from the tallies that migration 0011 keeps in step with publications and responses (its
    // SQL repeats the bucket limits above), instead of counting the whole history on every view.
    public async Task<IReadOnlyList<QuotedBucket>> ComputeAsync(CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        var counts = (await connection.QueryAsync<(long Bucket, long Requests, long Quoted)>(
            "SELECT bucket, requests, quoted FROM quoted_tallies")).ToDictionary(t => t.Bucket);
        return Buckets.Select((b, i) => counts.TryGetValue(i, out var c)
            ? new QuotedBucket(b.Label, (int)c.Requests, (int)c.Quoted)
            : new QuotedBucket(b.Label, 0, 0)).ToList();
    }
}
