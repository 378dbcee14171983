using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace PressDesk.Benchmarks;

// Fills a PressDesk database with a realistic history: outlets, journalists, requests over the
// past two years with response times (most within target, a tail of late ones, some declined or
// missed), preps with three key points, interviews with on-record quotes, publications (most
// published, some not). The app is started once on the folder so its own migrations create the
// schema; rows are then written straight into SQLite in one transaction through prepared
// commands (1 million requests in well under two minutes). Deterministic for a given size.
public static class HistoryGenerator
{
    public const int OpenRequests = 50;

    public static async Task<int> RunAsync(string[] args)
    {
        var folder = Args.Text(args, "--data") ?? throw new ArgumentException("--data <folder> is required");
        await SeedAsync(folder, Args.Number(args, "--requests", 1_000));
        return 0;
    }

    // Reuses a folder already seeded with the same number of requests (the scale curve seeds once per size).
    public static async Task SeedAsync(string folder, int requests, string? appDll = null)
    {
        Directory.CreateDirectory(folder);
        var database = Path.Combine(folder, "pressdesk.db");

        // Let PressDesk create (or migrate) the schema, then stop it. The oldest build compared runs
        // it, so that a newer build's migrations are applied only to that build's own copy.
        await (await AppProcess.StartAsync(new Dictionary<string, string>(), appDll, folder, keepData: true)).DisposeAsync();

        await using var db = new SqliteConnection($"Data Source={database};Pooling=False");
        await db.OpenAsync();
        var existing = Scalar(db, "SELECT count(*) FROM requests");
        if (existing == requests)
        {
            Console.WriteLine($"{folder} already holds {requests} requests; reusing it.");
            return;
        }
        if (existing != 0) throw new InvalidOperationException($"{folder} already holds {existing} requests; use an empty folder.");

        var watch = Stopwatch.StartNew();
        Execute(db, "PRAGMA synchronous = OFF; PRAGMA cache_size = -262144;");   // 256 MB page cache while writing
        using (var tx = db.BeginTransaction())
        {
            new Writer(db, tx, requests).WriteAll();
            tx.Commit();
        }
        Execute(db, "ANALYZE; PRAGMA wal_checkpoint(TRUNCATE);");
        Console.WriteLine($"{requests} requests written to {folder} in {watch.Elapsed.TotalSeconds:F1} s");
        foreach (var table in new[] { "outlets", "journalists", "preps", "key_points", "phrasings", "interviews", "statements", "publications" })
            Console.WriteLine($"  {table}: {Scalar(db, $"SELECT count(*) FROM {table}")}");
        Console.WriteLine($"  by status: {string.Join(", ", StatusCounts(db))}");
    }

    private sealed class Writer(SqliteConnection db, SqliteTransaction tx, int total)
    {
        private readonly Random _random = new(20261128);
        private readonly DateTimeOffset _now = DateTimeOffset.UtcNow;
        private readonly int _outlets = Math.Max(5, total / 200);
        private readonly int _journalists = Math.Max(20, total / 20);

        public void WriteAll()
        {
            var created = _now.AddYears(-2).ToUnixTimeMilliseconds();
            var outlet = Prepare("INSERT INTO outlets (id, name, created_at) VALUES ($id, $name, $at)", "$id", "$name", "$at");
            for (var o = 1; o <= _outlets; o++) Run(outlet, o, $"Outlet {o}", created);
            var journalist = Prepare(
                "INSERT INTO journalists (id, name, outlet_id, email, created_at) VALUES ($id, $name, $outlet, $email, $at)",
                "$id", "$name", "$outlet", "$email", "$at");
            for (var j = 1; j <= _journalists; j++) Run(journalist, j, $"Journalist {j}", 1 + j % _outlets, $"journalist{j}@example.org", created);

            var request = Prepare("""
                INSERT INTO requests (id, journalist_id, topic, question, channel, received_at, deadline, status, responded_at, created_at, updated_at)
                VALUES ($id, $journalist, $topic, 'Will households pay more this winter, and why?', $channel, $received, $deadline, $status, $responded, $received, $received)
                """, "$id", "$journalist", "$topic", "$channel", "$received", "$deadline", "$status", "$responded");
            var prep = Prepare("INSERT INTO preps (request_id, started_at, ready_at, updated_at) VALUES ($id, $s, $s + 600000, $s + 600000)", "$id", "$s");
            var keyPoint = Prepare("INSERT INTO key_points (id, request_id, position, text) VALUES ($id, $request, $k, $text)", "$id", "$request", "$k", "$text");
            var phrasing = Prepare("INSERT INTO phrasings (key_point_id, position, text) VALUES ($keyPoint, 1, $text)", "$keyPoint", "$text");
            var interview = Prepare(
                "INSERT INTO interviews (request_id, format, held_at, created_at, updated_at) VALUES ($id, 'Conversation', $at, $at, $at)", "$id", "$at");
            var statement = Prepare(
                "INSERT INTO statements (request_id, position, level, text, is_quote) VALUES ($id, 1, 'OnRecord', 'Bills rise 4% because wholesale gas doubled.', 1)", "$id");
            var publication = Prepare("""
                INSERT INTO publications (request_id, published, title, url, published_on, quoted, created_at, updated_at)
                VALUES ($id, $published, $title, $url, $on, $quoted, $at, $at)
                """, "$id", "$published", "$title", "$url", "$on", "$quoted", "$at");
            string[] channels = ["phone", "phone", "phone", "email", "email", "sms"];

            long keyPointId = 0;
            for (var i = 0; i < total; i++)
            {
                // Spread over two years, oldest first. The newest 50 stay open for the dashboard: left
                // in the last few hours, with a deadline days ahead (or none) so the worker does not
                // mark them Missed while a measurement runs.
                var open = i >= total - OpenRequests;
                var receivedAt = open
                    ? _now.AddMinutes(-10 * (total - i))
                    : _now.AddDays(-730.0 * (total - i) / total).AddMinutes(-_random.Next(0, 600));
                var deadline = open ? (i % 3 == 0 ? (DateTimeOffset?)null : _now.AddDays(3)) : receivedAt.AddHours(4);
                var minutes = _random.NextDouble() < 0.8 ? _random.Next(2, 30) : _random.Next(30, 600);
                var roll = _random.NextDouble();
                var declined = !open && roll < 0.05;
                var missed = !open && roll is >= 0.05 and < 0.07;
                var interviewed = !open && roll >= 0.6;
                var published = interviewed && _random.NextDouble() < 0.7;
                var notPublished = interviewed && !published && _random.NextDouble() < 0.5;
                var respondedAt = open || missed ? (DateTimeOffset?)null : receivedAt.AddMinutes(minutes);
                var status = open ? "New" : declined ? "Declined" : missed ? "Missed"
                    : published ? "Published" : notPublished ? "NotPublished" : interviewed ? "Interviewed" : "Responded";
                var id = i + 1;
                Run(request, id, 1 + _random.Next(_journalists), $"Energy tariff question {i % 97}", channels[i % channels.Length],
                    receivedAt.ToUnixTimeMilliseconds(), deadline?.ToUnixTimeMilliseconds(), status,
                    respondedAt?.ToUnixTimeMilliseconds());
                if (!interviewed) continue;

                // A ready prep, an interview with an on-record quote, and often a publication.
                Run(prep, id, receivedAt.AddMinutes(1).ToUnixTimeMilliseconds());
                for (var k = 1; k <= 3; k++)
                {
                    Run(keyPoint, ++keyPointId, id, k, $"Key point {k}: prices follow wholesale costs");
                    Run(phrasing, keyPointId, $"Bills rise {k * 4}% because wholesale gas doubled.");
                }
                var heldAt = respondedAt!.Value.ToUnixTimeMilliseconds();
                Run(interview, id, heldAt);
                Run(statement, id);
                if (published || notPublished)
                    Run(publication, id, published ? 1 : 0, published ? $"Why your bill goes up ({i})" : null,
                        published ? $"https://news.example.org/{i}" : null,
                        published ? respondedAt.Value.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
                        published && _random.NextDouble() < 0.6 ? 1 : 0, heldAt);
            }
        }

        private SqliteCommand Prepare(string sql, params string[] names)
        {
            var command = db.CreateCommand();
            command.Transaction = tx;
            command.CommandText = sql;
            foreach (var name in names) command.Parameters.Add(new SqliteParameter { ParameterName = name });
            command.Prepare();
            return command;
        }

        private static void Run(SqliteCommand command, params object?[] values)
        {
            for (var p = 0; p < values.Length; p++) command.Parameters[p].Value = values[p] ?? DBNull.Value;
            command.ExecuteNonQuery();
        }
    }

    private static long Scalar(SqliteConnection db, string sql)
    {
        using var command = db.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    private static void Execute(SqliteConnection db, string sql)
    {
        using var command = db.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static IEnumerable<string> StatusCounts(SqliteConnection db)
    {
        using var command = db.CreateCommand();
        command.CommandText = "SELECT status, count(*) FROM requests GROUP BY status ORDER BY status";
        using var reader = command.ExecuteReader();
        while (reader.Read()) yield return $"{reader.GetString(0)} {reader.GetInt64(1)}";
    }
}
