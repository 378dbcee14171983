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
        // Delivery too: fired -> accepted by a local webhook receiver, and fired -> accepted (201) by a
        // real local Web Push service (web-push-testing) for one device subscribed through /push/subscriptions.
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var push = await WebPushService.StartAsync();
        await using var app = await AppProcess.StartAsync(new Dictionary<string, string>
        {
            ["PressDesk__Alerts__Webhook__Url"] = receiver.Url,
            ["PressDesk__Push__Subject"] = "mailto:bench@pressdesk.test",
            ["PressDesk__Push__AllowedEndpointHosts__0"] = WebPushService.AllowedHost,
        }, appPath);
        await SubscribeAsync(app.Url, push);
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

        var webhook = (await db.QueryAsync<long>("""
            SELECT d.delivered_at - a.fired_at FROM alert_deliveries d JOIN alerts a ON a.id = d.alert_id
            WHERE a.kind = 'warning' AND d.channel = 'webhook' AND d.state = 'delivered' ORDER BY 1
            """)).ToList();
        var pushed = (await db.QueryAsync<long>("""
            SELECT p.delivered_at - a.fired_at FROM push_deliveries p JOIN alerts a ON a.id = p.alert_id
            WHERE p.kind = 'warning' AND p.state = 'delivered' ORDER BY 1
            """)).ToList();
        Report("webhook", webhook, alerts);
        Report("push", pushed, alerts);
        return 0;
    }

    private static void Report(string channel, List<long> ms, int expected)
    {
        if (ms.Count == 0) { Console.WriteLine($"{channel}: nothing delivered"); return; }
        Console.WriteLine($"fired -> {channel} accepted (ms), {ms.Count} of {expected}: median {Stats.Percentile(ms.Select(l => (double)l), 0.50)}, p99 {Stats.Percentile(ms.Select(l => (double)l), 0.99)}, max {ms[^1]}");
    }

    // As push.js does it: the page's key, the push service's subscription, the page's antiforgery token.
    internal static async Task<TestSubscription> SubscribeAsync(string url, WebPushService push)
    {
        using var browser = await SignedInClient.CreateAsync(url);
        var subscription = await push.SubscribeAsync(await browser.GetStringAsync("/push/public-key"));
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await browser.GetStringAsync("/account"));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/push/subscriptions") { Content = JsonContent.Create(subscription.Json) };
        request.Headers.Add("RequestVerificationToken", page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value"));
        (await browser.SendAsync(request)).EnsureSuccessStatusCode();
        return subscription;
    }
}
