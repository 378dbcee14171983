using System.Diagnostics;
using System.Net.Http.Json;
using Dapper;

namespace PressDesk.Benchmarks;

// Alert lateness in real time: N warnings come due spread over a window while signed-in clients
// load the dashboard as fast as they can; lateness = fired_at - due_at as the worker stored it.
public static class AlertLateness
{
    public static async Task<int> RunAsync(string[] args)
    {
        var alerts = Args.Number(args, "--alerts", 1000);
        var seconds = Args.Number(args, "--seconds", 60);
        var clients = Args.Number(args, "--clients", 8);
        var warnAfter = TimeSpan.FromMinutes(15);

        var appPath = Args.Text(args, "--app");
        await using var app = await AppProcess.StartAsync(new Dictionary<string, string>(), appPath);
        if (appPath is not null) Console.WriteLine($"app: {appPath}");
        using var api = new HttpClient { BaseAddress = new Uri(app.Url) };
        api.DefaultRequestHeaders.Authorization = new("Bearer", AppProcess.ApiKey);

        // Warnings fall due from 20 s after now, spread evenly over the window.
        var firstDue = DateTimeOffset.UtcNow.AddSeconds(20);
        var spacing = TimeSpan.FromSeconds(seconds) / alerts;
        for (var i = 0; i < alerts; i++)
        {
            var response = await api.PostAsJsonAsync("/api/requests", new
            {
                journalist = new { name = $"Journalist {i % 150}", outlet = $"Outlet {i % 40}" },
                topic = $"Benchmark topic {i}",
                channel = "phone",
                receivedAt = firstDue + spacing * i - warnAfter,
            });
            response.EnsureSuccessStatusCode();
        }
        var lastDue = firstDue + spacing * (alerts - 1);
        Console.WriteLine($"{alerts} warnings due from {firstDue:HH:mm:ss.fff} to {lastDue:HH:mm:ss.fff} UTC; {clients} clients load the dashboard meanwhile");

        using var stop = new CancellationTokenSource();
        var pageLoads = 0L;
        var load = Enumerable.Range(0, clients).Select(async _ =>
        {
            using var browser = await SignedInClient.CreateAsync(app.Url);
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    (await browser.GetAsync("/", stop.Token)).EnsureSuccessStatusCode();
                    Interlocked.Increment(ref pageLoads);
                }
                catch (OperationCanceledException) { }
            }
        }).ToList();

        var loadStarted = Stopwatch.StartNew();
        await Task.Delay(lastDue - DateTimeOffset.UtcNow + TimeSpan.FromSeconds(3));
        await stop.CancelAsync();
        await Task.WhenAll(load);
        var loadSeconds = loadStarted.Elapsed.TotalSeconds;

        await using var db = await new TestDatabase(app.DatabasePath).OpenAsync(readOnly: true);
        var lateness = (await db.QueryAsync<long>("SELECT fired_at - due_at FROM alerts WHERE kind = 'warning' ORDER BY 1")).ToList();
        if (lateness.Count != alerts)
        {
            Console.Error.WriteLine($"expected {alerts} warnings, found {lateness.Count}");
            return 1;
        }

        Console.WriteLine($"dashboard: {pageLoads} pages in {loadSeconds:F1} s = {pageLoads / loadSeconds:F0} pages/s");
        Console.WriteLine($"lateness (ms): median {Stats.Percentile(lateness.Select(l => (double)l), 0.50)}, p99 {Stats.Percentile(lateness.Select(l => (double)l), 0.99)}, max {lateness[^1]}, min {lateness[0]}");
        return 0;
    }
}
