using System.Net;

namespace PressDesk.Benchmarks;

// Cold start to the first served page, and resident memory idle and under wrk load. Variants (runtime
// settings as environment variables, e.g. DOTNET_gcServer=0) alternate run by run on the same data.
public static class Footprint
{
    public static async Task<int> RunAsync(string[] args)
    {
        var runs = Args.Number(args, "--runs", 5);
        var requests = Args.Number(args, "--requests", 100_000);
        var folder = Args.Text(args, "--data") ?? Path.Combine(Path.GetTempPath(), $"pressdesk-load-{requests}");
        var seconds = Args.Number(args, "--seconds", 10);
        var variants = Variants(args);
        await HistoryGenerator.SeedAsync(folder, requests);

        var results = variants.ToDictionary(v => v.Label, _ => new List<(double Healthz, double Dashboard, double Idle, double Load)>());
        for (var run = 1; run <= runs; run++)
            foreach (var (label, settings) in variants)
            {
                await using var app = await AppProcess.StartAsync(settings, Args.Text(args, "--app"), folder, keepData: true);
                var healthz = app.TimeToHealthy.TotalMilliseconds;
                var cookie = await SignedInClient.CookieHeaderAsync(app.Url);
                using var http = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false });
                using var page = new HttpRequestMessage(HttpMethod.Get, app.Url + "/");
                page.Headers.Add("Cookie", cookie);
                var response = await http.SendAsync(page);
                var dashboard = app.Started.Elapsed.TotalMilliseconds;
                if (response.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"dashboard answered {(int)response.StatusCode}");

                await Task.Delay(TimeSpan.FromSeconds(5));   // idle: after start-up work and the first page settle
                var idle = app.Memory().Rss;
                using var sampling = new CancellationTokenSource();
                var sampler = LoadTest.SamplePeakAsync(app, sampling.Token);
                var load = await Wrk.RunAsync(app.Url + "/", "Cookie: " + cookie, 2, 64, seconds);
                await sampling.CancelAsync();
                var underLoad = Math.Max(await sampler, app.Memory().Rss);
                results[label].Add((healthz, dashboard, idle, underLoad));
                Console.WriteLine($"run {run} {label,-10} /healthz {healthz,6:F0} ms  signed-in dashboard {dashboard,6:F0} ms  idle {idle,4:F0} MB  under load {underLoad,4:F0} MB ({load.RequestsPerSecond:F0} req/s, p99 {load.P99Ms:F1} ms)  load {LoadTest.Load()}");
            }

        Console.WriteLine();
        Console.WriteLine("| variant | start → /healthz 200 (ms) | start → signed-in dashboard 200 (ms) | RSS idle (MB) | RSS peak under load (MB) |");
        Console.WriteLine("|---|---|---|---|---|");
        foreach (var (label, list) in results)
            Console.WriteLine($"| {label} | {Stats.Median(list.Select(r => r.Healthz)):F0} | {Stats.Median(list.Select(r => r.Dashboard)):F0} | " +
                $"{Stats.Median(list.Select(r => r.Idle)):F0} | {Stats.Median(list.Select(r => r.Load)):F0} |");
        return 0;
    }

    // --variant label:KEY=VALUE,KEY=VALUE, repeatable; without it, the app as configured.
    private static List<(string Label, Dictionary<string, string> Settings)> Variants(string[] args)
    {
        var variants = args.Select((a, i) => (a, i)).Where(x => x.a == "--variant" && x.i + 1 < args.Length)
            .Select(x => args[x.i + 1].Split(':', 2))
            .Select(p => (p[0], (p.Length > 1 ? p[1] : "").Split(',', StringSplitOptions.RemoveEmptyEntries)
                .Select(kv => kv.Split('=', 2)).ToDictionary(kv => kv[0], kv => kv[1])))
            .ToList();
        return variants.Count > 0 ? variants : [("as built", new Dictionary<string, string>())];
    }
}
