using System.Globalization;
using System.Net;

namespace PressDesk.Benchmarks;

// Dashboard load: wrk against the signed-in dashboard, the open-requests API and the baseline page
// (one trivial query, same layout) in the same app, interleaved round after round, on a seeded
// history. wrk and the app share the machine's cores.
public static class LoadTest
{
    public static async Task<int> RunAsync(string[] args)
    {
        var requests = Args.Number(args, "--requests", 100_000);
        var folder = Args.Text(args, "--data") ?? Path.Combine(Path.GetTempPath(), $"pressdesk-load-{requests}");
        var rounds = Args.Number(args, "--rounds", 3);
        var seconds = Args.Number(args, "--seconds", 15);
        var connections = Args.Number(args, "--connections", 64);
        var threads = Args.Number(args, "--threads", 2);

        await HistoryGenerator.SeedAsync(folder, requests);
        await using var app = await AppProcess.StartAsync(
            new Dictionary<string, string> { ["PressDesk__Benchmarks__Enabled"] = "true" },
            Args.Text(args, "--app"), folder, keepData: true);
        var cookie = "Cookie: " + await SignedInClient.CookieHeaderAsync(app.Url);
        var bearer = $"Authorization: Bearer {AppProcess.ApiKey}";
        (string Name, string Path, string Header)[] targets =
        [
            ("baseline", "/bench/baseline", cookie),
            ("dashboard", "/", cookie),
            ("api open", "/api/requests?status=open", bearer),
        ];
        await CheckAsync(app.Url, targets);
        var (idle, _) = app.Memory();

        Console.WriteLine($"{requests} requests, {HistoryGenerator.OpenRequests} open; wrk -t{threads} -c{connections} -d{seconds}s, {rounds} rounds; app and wrk share {Environment.ProcessorCount} cores");
        foreach (var (_, path, header) in targets) await Wrk.RunAsync(app.Url + path, header, threads, connections, 3);   // warm-up

        var results = targets.ToDictionary(t => t.Name, _ => new List<WrkResult>());
        var peakUnderLoad = 0.0;
        for (var round = 1; round <= rounds; round++)
            foreach (var (name, path, header) in targets)
            {
                using var sampling = new CancellationTokenSource();
                var sampler = SamplePeakAsync(app, sampling.Token);
                var result = await Wrk.RunAsync(app.Url + path, header, threads, connections, seconds);
                await sampling.CancelAsync();
                peakUnderLoad = Math.Max(peakUnderLoad, await sampler);
                results[name].Add(result);
                Console.WriteLine($"round {round} {name,-10} {result.RequestsPerSecond,8:F0} req/s  p50 {result.P50Ms,7:F1} ms  p99 {result.P99Ms,7:F1} ms  errors {result.Errors}  load {Load()}");
            }

        var baseline = Stats.Median(results["baseline"].Select(r => r.RequestsPerSecond));
        Console.WriteLine();
        Console.WriteLine("| endpoint | req/s (median) | ratio to baseline | p99 ms (median) | req/s per round | p99 per round | errors |");
        Console.WriteLine("|---|---|---|---|---|---|---|");
        foreach (var (name, list) in results)
        {
            var rps = Stats.Median(list.Select(r => r.RequestsPerSecond));
            Console.WriteLine($"| {name} | {rps:F0} | {rps / baseline:P0} | {Stats.Median(list.Select(r => r.P99Ms)):F1} | " +
                $"{string.Join(" / ", list.Select(r => r.RequestsPerSecond.ToString("F0", CultureInfo.InvariantCulture)))} | {string.Join(" / ", list.Select(r => r.P99Ms.ToString("F1", CultureInfo.InvariantCulture)))} | {list.Sum(r => r.Errors)} |");
        }
        var (_, hwm) = app.Memory();
        Console.WriteLine($"\nresident memory: idle {idle:F0} MB, under load peak {peakUnderLoad:F0} MB (VmHWM {hwm:F0} MB)");
        return results.Values.Any(l => l.Any(r => r.Errors > 0)) ? 1 : 0;
    }

    // Every target answers 200 before any is measured: a redirect to sign-in would measure the wrong page.
    private static async Task CheckAsync(string baseUrl, (string Name, string Path, string Header)[] targets)
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false });
        foreach (var (name, path, header) in targets)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, baseUrl + path);
            var colon = header.IndexOf(':');
            request.Headers.TryAddWithoutValidation(header[..colon], header[(colon + 1)..].Trim());
            var response = await http.SendAsync(request);
            if (response.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"{name} ({path}) answered {(int)response.StatusCode}");
        }
    }

    internal static async Task<double> SamplePeakAsync(AppProcess app, CancellationToken ct)
    {
        var peak = 0.0;
        try
        {
            while (!ct.IsCancellationRequested)
            {
                peak = Math.Max(peak, app.Memory().Rss);
                await Task.Delay(200, ct);
            }
        }
        catch (OperationCanceledException) { }
        return peak;
    }

    internal static string Load() => File.ReadAllText("/proc/loadavg").Split(' ')[0];
}
