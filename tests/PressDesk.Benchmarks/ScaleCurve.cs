using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using Dapper;

namespace PressDesk.Benchmarks;

// Page latency against history size: the dashboard, a request, its journalist and the statistics
// page, each loaded sequentially and warm, interleaved, at each size. Every build given with --app
// runs on its own copy of the same seeded database, one after the other within each size; list the
// oldest build first (it creates the seeded schema).
public static class ScaleCurve
{
    public static async Task<int> RunAsync(string[] args)
    {
        var sizes = (Args.Text(args, "--sizes") ?? "1000,10000,100000,1000000").Split(',').Select(s => int.Parse(s.Replace("_", ""), CultureInfo.InvariantCulture)).ToList();
        var samples = Args.Number(args, "--samples", 50);
        var root = Args.Text(args, "--data-root") ?? Path.Combine(Path.GetTempPath(), "pressdesk-scale");
        var builds = Builds(args);
        // --changes logs a request before each round, so cached figures are always recomputed:
        // the cost of the first view after a change rather than of a view like the one before.
        var changes = args.Contains("--changes");

        var rows = new List<(int Size, string Build, string Page, double Median, double P95)>();
        foreach (var size in sizes)
        {
            var seeded = Path.Combine(root, size.ToString(CultureInfo.InvariantCulture));
            await HistoryGenerator.SeedAsync(seeded, size, builds[0].Dll);
            var (requestId, journalistId) = await PickAsync(seeded);
            foreach (var (label, dll) in builds)
            {
                var work = Directory.CreateTempSubdirectory("pressdesk-scale-run-").FullName;
                Copy(seeded, work);
                await using var app = await AppProcess.StartAsync(new Dictionary<string, string>(), dll, work);
                using var client = await SignedInClient.CreateAsync(app.Url);
                using var api = new HttpClient { BaseAddress = new Uri(app.Url) };
                api.DefaultRequestHeaders.Authorization = new("Bearer", AppProcess.ApiKey);
                (string Name, string Path)[] pages =
                [
                    ("dashboard", "/"),
                    ("request", $"/requests/{requestId}"),
                    ("journalist", $"/journalists/{journalistId}"),
                    ("statistics", "/statistics"),
                ];
                var times = pages.ToDictionary(p => p.Name, _ => new List<double>());
                for (var i = 0; i < 10 + samples; i++)
                {
                    if (changes) await LogRequestAsync(api);
                    foreach (var (name, path) in pages)
                    {
                        var watch = Stopwatch.StartNew();
                        var response = await client.GetAsync(path);
                        await response.Content.ReadAsByteArrayAsync();
                        watch.Stop();
                        response.EnsureSuccessStatusCode();
                        if (i >= 10) times[name].Add(watch.Elapsed.TotalMilliseconds);   // the first 10 warm up
                    }
                }
                foreach (var (name, list) in times)
                {
                    rows.Add((size, label, name, Stats.Median(list), Stats.Percentile(list, 0.95)));
                    Console.WriteLine($"{size,9} {label,-8} {name,-10} median {Stats.Median(list),7:F1} ms  p95 {Stats.Percentile(list, 0.95),7:F1} ms  load {LoadTest.Load()}");
                }
            }
        }

        Console.WriteLine();
        Console.WriteLine($"| page | build | {string.Join(" | ", sizes.Select(s => $"{s:N0} median / p95 ms"))} |");
        Console.WriteLine($"|---|---|{string.Concat(sizes.Select(_ => "---|"))}");
        foreach (var page in rows.Select(r => r.Page).Distinct())
            foreach (var (label, _) in builds)
                Console.WriteLine($"| {page} | {label} | {string.Join(" | ", sizes.Select(s => rows.Single(r => r.Size == s && r.Build == label && r.Page == page)).Select(r => $"{r.Median:F1} / {r.P95:F1}"))} |");
        return 0;
    }

    private static async Task LogRequestAsync(HttpClient api)
    {
        var response = await api.PostAsJsonAsync("/api/requests", new
        {
            journalist = new { name = "Scale Curve", outlet = "Benchmarks" },
            topic = "A change that invalidates cached figures",
            channel = "email",
        });
        response.EnsureSuccessStatusCode();
    }

    // --app label=path/to/PressDesk.dll, repeatable; without it, this repository's Release build.
    private static List<(string Label, string? Dll)> Builds(string[] args)
    {
        var builds = args.Select((a, i) => (a, i)).Where(x => x.a == "--app" && x.i + 1 < args.Length)
            .Select(x => args[x.i + 1].Split('=', 2)).Select(p => (p[0], (string?)p[1])).ToList();
        return builds.Count > 0 ? builds : [("current", null)];
    }

    // A published request from the middle of the history (with prep, interview and publication), and its journalist.
    private static async Task<(long Request, long Journalist)> PickAsync(string folder)
    {
        await using var db = await TestDatabase.In(folder).OpenAsync(readOnly: true);
        return await db.QuerySingleAsync<(long, long)>("""
            SELECT id, journalist_id FROM requests
            WHERE status = 'Published' AND id >= (SELECT max(id) / 2 FROM requests)
            ORDER BY id LIMIT 1
            """);
    }

    private static void Copy(string from, string to)
    {
        foreach (var directory in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(directory.Replace(from, to));
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
            File.Copy(file, file.Replace(from, to), overwrite: true);
    }
}
