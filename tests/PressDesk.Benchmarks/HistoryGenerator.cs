using System.Diagnostics;
using Dapper;
using Microsoft.Data.Sqlite;

using static PressDesk.Benchmarks.Arguments;

namespace PressDesk.Benchmarks;

// Fills a PressDesk database with a realistic history: outlets, journalists, requests over the
// past two years with response times (most within target, a tail of late ones, some declined or
// missed), preps with three key points, interviews with on-record quotes, publications. The app
// is started once on the folder so its migrations create the schema; rows are then written in
// batched transactions. Deterministic for a given size (fixed seed).
public static class HistoryGenerator
{
    public static async Task<int> RunAsync(string[] args)
    {
        var requests = Option(args, "--requests", 1_000);
        var folder = OptionText(args, "--data") ?? throw new ArgumentException("--data <folder> is required");
        Directory.CreateDirectory(folder);

        // Let PressDesk create (or migrate) the schema, then stop it.
        await (await AppProcess.StartAsync(new Dictionary<string, string>(), dataDirectory: folder, keepData: true)).DisposeAsync();

        var watch = Stopwatch.StartNew();
        var random = new Random(20261128);
        var now = DateTimeOffset.UtcNow;
        await using var db = new SqliteConnection($"Data Source={Path.Combine(folder, "pressdesk.db")}");
        await db.OpenAsync();
        await db.ExecuteAsync("PRAGMA synchronous = OFF");

        var outlets = Math.Max(5, requests / 200);
        var journalists = Math.Max(20, requests / 20);
        await using (var tx = await db.BeginTransactionAsync())
        {
            for (var o = 1; o <= outlets; o++)
                await db.ExecuteAsync("INSERT INTO outlets (name, created_at) VALUES (@name, @at)",
                    new { name = $"Outlet {o}", at = now.AddYears(-2).ToUnixTimeMilliseconds() }, tx);
            for (var j = 1; j <= journalists; j++)
                await db.ExecuteAsync("INSERT INTO journalists (name, outlet_id, email, created_at) VALUES (@name, @outlet, @email, @at)",
                    new { name = $"Journalist {j}", outlet = 1 + j % outlets, email = $"journalist{j}@example.org", at = now.AddYears(-2).ToUnixTimeMilliseconds() }, tx);
            await tx.CommitAsync();
        }

        const int Batch = 5_000;
        for (var start = 0; start < requests; start += Batch)
        {
            await using var tx = await db.BeginTransactionAsync();
            for (var i = start; i < Math.Min(requests, start + Batch); i++)
                await WriteRequestAsync(db, tx, random, i, requests, journalists, now);
            await tx.CommitAsync();
        }
        Console.WriteLine($"{requests} requests, {journalists} journalists, {outlets} outlets written to {folder} in {watch.Elapsed.TotalSeconds:F1} s");
        return 0;
    }

    private static async Task WriteRequestAsync(
        SqliteConnection db, System.Data.Common.DbTransaction tx, Random random, int i, int total, int journalists, DateTimeOffset now)
    {
        // Spread over two years, oldest first; the newest 50 stay open for the dashboard.
        var receivedAt = now.AddDays(-730.0 * (total - i) / total).AddMinutes(-random.Next(0, 600));
        var open = i >= total - 50;
        var minutes = random.NextDouble() < 0.8 ? random.Next(2, 30) : random.Next(30, 600);
        var declined = !open && random.NextDouble() < 0.05;
        var status = open ? "New" : declined ? "Declined" : "Responded";
        var respondedAt = open ? (DateTimeOffset?)null : receivedAt.AddMinutes(minutes);
        var id = await db.ExecuteScalarAsync<long>("""
            INSERT INTO requests (journalist_id, topic, question, channel, received_at, deadline, status, responded_at, created_at, updated_at)
            VALUES (@journalist, @topic, @question, 'phone', @received, @deadline, @status, @responded, @received, @received)
            RETURNING id
            """, new
        {
            journalist = 1 + random.Next(journalists),
            topic = $"Energy tariff question {i % 97}",
            question = "Will households pay more this winter, and why?",
            received = receivedAt.ToUnixTimeMilliseconds(),
            deadline = receivedAt.AddHours(4).ToUnixTimeMilliseconds(),
            status,
            responded = respondedAt?.ToUnixTimeMilliseconds(),
        }, tx);
        if (open || declined || random.NextDouble() > 0.4) return;

        // A ready prep, an interview with on-record quotes, and often a publication.
        var prepStart = receivedAt.AddMinutes(1).ToUnixTimeMilliseconds();
        await db.ExecuteAsync("INSERT INTO preps (request_id, started_at, ready_at, updated_at) VALUES (@id, @s, @s + 600000, @s + 600000)",
            new { id, s = prepStart }, tx);
        for (var k = 1; k <= 3; k++)
        {
            var keyPoint = await db.ExecuteScalarAsync<long>(
                "INSERT INTO key_points (request_id, position, text) VALUES (@id, @k, @text) RETURNING id",
                new { id, k, text = $"Key point {k}: prices follow wholesale costs" }, tx);
            await db.ExecuteAsync("INSERT INTO phrasings (key_point_id, position, text) VALUES (@keyPoint, 1, @text)",
                new { keyPoint, text = $"Bills rise {k * 4}% because wholesale gas doubled." }, tx);
        }
        var heldAt = respondedAt!.Value.ToUnixTimeMilliseconds();
        await db.ExecuteAsync("""
            INSERT INTO interviews (request_id, format, held_at, created_at, updated_at) VALUES (@id, 'Conversation', @heldAt, @heldAt, @heldAt);
            INSERT INTO statements (request_id, position, level, text, is_quote) VALUES (@id, 1, 'OnRecord', 'Bills rise 4% because wholesale gas doubled.', 1);
            """, new { id, heldAt }, tx);
        await db.ExecuteAsync("UPDATE requests SET status = 'Interviewed' WHERE id = @id", new { id }, tx);
        if (random.NextDouble() < 0.7)
        {
            var quoted = random.NextDouble() < 0.6;
            await db.ExecuteAsync("""
                INSERT INTO publications (request_id, published, title, url, published_on, quoted, created_at, updated_at)
                VALUES (@id, 1, @title, @url, @on, @quoted, @heldAt, @heldAt);
                UPDATE requests SET status = 'Published' WHERE id = @id;
                """, new
            {
                id, heldAt, quoted,
                title = $"Why your bill goes up ({i})",
                url = $"https://news.example.org/{i}",
                on = respondedAt.Value.AddDays(1).ToString("yyyy-MM-dd"),
            }, tx);
        }
    }
}
