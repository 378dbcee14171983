using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;

namespace PressDesk.Benchmarks;

// The drop folder in real time, with the app's default settings (watcher on, SettleTime 1 s):
// throughput for a burst of small .eml files dropped at once (fresh app per run, median of the
// runs), then the latency from one file appearing to its request being listed by the API.
public static class IntakeThroughput
{
    public static async Task<int> RunAsync(string[] args)
    {
        var files = Args.Number(args, "--files", 5_000);
        var runs = Args.Number(args, "--runs", 3);
        var singles = Args.Number(args, "--singles", 200);
        var appPath = Args.Text(args, "--app");

        var rates = new List<double>();
        for (var run = 1; run <= runs; run++)
        {
            var rate = await BurstAsync(files, appPath);
            Console.WriteLine($"burst {run}: {files} files at {rate:F0} files/s");
            rates.Add(rate);
        }
        rates.Sort();
        Console.WriteLine($"throughput: median {Stats.Median(rates):F0} files/s over {runs} runs (min {rates[0]:F0}, max {rates[^1]:F0})");

        var latencies = await LatencyAsync(singles, appPath);
        Console.WriteLine($"latency file → GET /api/requests?status=open (ms): median {Stats.Median(latencies):F0}, p99 {Stats.Percentile(latencies, 0.99):F0}, max {latencies[^1]:F0}, min {latencies[0]:F0}");
        return 0;
    }

    private static async Task<double> BurstAsync(int files, string? appPath)
    {
        var folder = Directory.CreateTempSubdirectory("pressdesk-drop-bench-").FullName;
        try
        {
            await using var app = await AppProcess.StartAsync(Settings(folder), appPath);
            // Written under temporary names first, then renamed all at once: the burst is the renames.
            var staged = Enumerable.Range(0, files).Select(i =>
            {
                var path = Path.Combine(folder, $"burst-{i}.eml.part");
                File.WriteAllBytes(path, Mail($"burst-{i}", $"Burst question {i}"));
                return path;
            }).ToList();
            var clock = Stopwatch.StartNew();
            foreach (var path in staged) File.Move(path, path[..^".part".Length]);
            var processed = Path.Combine(folder, "processed");
            while (Count(processed) < files)
            {
                if (clock.Elapsed > TimeSpan.FromMinutes(10)) throw new TimeoutException($"only {Count(processed)} of {files} files processed after 10 minutes");
                await Task.Delay(20);
            }
            return files / clock.Elapsed.TotalSeconds;
        }
        finally
        {
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }

    private static async Task<List<double>> LatencyAsync(int singles, string? appPath)
    {
        var folder = Directory.CreateTempSubdirectory("pressdesk-drop-bench-").FullName;
        try
        {
            await using var app = await AppProcess.StartAsync(Settings(folder), appPath);
            using var api = new HttpClient { BaseAddress = new Uri(app.Url) };
            api.DefaultRequestHeaders.Authorization = new("Bearer", AppProcess.ApiKey);
            var latencies = new List<double>();
            for (var i = 0; i < singles; i++)
            {
                var topic = $"Single question {i}";
                var staged = Path.Combine(folder, $"single-{i}.eml.part");
                await File.WriteAllBytesAsync(staged, Mail($"single-{i}", topic));
                var clock = Stopwatch.StartNew();
                File.Move(staged, staged[..^".part".Length]);
                while (!await ListedAsync(api, topic))
                {
                    if (clock.Elapsed > TimeSpan.FromMinutes(1)) throw new TimeoutException($"{topic} not listed after a minute");
                    await Task.Delay(5);
                }
                latencies.Add(clock.Elapsed.TotalMilliseconds);
            }
            latencies.Sort();
            return latencies;
        }
        finally
        {
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }

    // Newest first: the file just dropped is the first open request once it is stored.
    private static async Task<bool> ListedAsync(HttpClient api, string topic)
    {
        var page = JsonNode.Parse(await api.GetStringAsync("/api/requests?status=open&pageSize=1"))!;
        return page["items"]!.AsArray().Any(item => (string?)item!["topic"] == topic);
    }

    private static Dictionary<string, string> Settings(string folder) => new() { ["PressDesk__Intake__DropFolder"] = folder };

    private static int Count(string folder) => Directory.Exists(folder) ? Directory.EnumerateFiles(folder).Count() : 0;

    private static byte[] Mail(string id, string subject) => Encoding.UTF8.GetBytes(
        $"From: Journalist {id.GetHashCode() % 50} <j{Math.Abs(id.GetHashCode() % 50)}@outlet.test>\r\nSubject: {subject}\r\nMessage-ID: <{id}@bench.test>\r\n\r\nCould you comment on {subject}?\r\n");
}
