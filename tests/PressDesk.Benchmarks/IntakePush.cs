using System.Diagnostics;
using System.Text;

namespace PressDesk.Benchmarks;

// A new request dropped into the drop folder (rename convention, SettleTime 0) -> its push
// accepted and decrypted by a real local Web Push service, one file at a time, in real time.
public static class IntakePush
{
    public static async Task<int> RunAsync(string[] args)
    {
        var singles = Args.Number(args, "--singles", 200);
        var folder = Directory.CreateTempSubdirectory("pressdesk-drop-push-").FullName;
        try
        {
            await using var push = await WebPushService.StartAsync();
            await using var app = await AppProcess.StartAsync(new Dictionary<string, string>
            {
                ["PressDesk__Intake__DropFolder"] = folder,
                ["PressDesk__Intake__SettleTime"] = "00:00:00",
                ["PressDesk__Push__Subject"] = "mailto:bench@pressdesk.test",
                ["PressDesk__Push__AllowedEndpointHosts__0"] = WebPushService.AllowedHost,
            }, Args.Text(args, "--app"));
            var device = await AlertLateness.SubscribeAsync(app.Url, push);

            var latencies = new List<double>();
            for (var i = 0; i < singles; i++)
            {
                var staged = Path.Combine(folder, $"single-{i}.eml.part");
                await File.WriteAllBytesAsync(staged, Encoding.UTF8.GetBytes(
                    $"From: Journalist {i % 50} <j{i % 50}@outlet.test>\r\nSubject: Pushed question {i}\r\nMessage-ID: <push-{i}@bench.test>\r\n\r\nCould you comment?\r\n"));
                var clock = Stopwatch.StartNew();
                File.Move(staged, staged[..^".part".Length]);
                while ((await push.NotificationsAsync(device)).Count <= i)
                {
                    if (clock.Elapsed > TimeSpan.FromMinutes(1)) throw new TimeoutException($"file {i} not pushed after a minute");
                    await Task.Delay(5);
                }
                latencies.Add(clock.Elapsed.TotalMilliseconds);
            }
            latencies.Sort();
            Console.WriteLine($"drop folder file -> push accepted (ms), {singles} files: median {Stats.Median(latencies):F0}, p99 {Stats.Percentile(latencies, 0.99):F0}, max {latencies[^1]:F0}, min {latencies[0]:F0}");
            return 0;
        }
        finally
        {
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }
}
