using System.Diagnostics;

namespace PressDesk.Testing.Crash;

// Runs PressDesk as a child process (real Kestrel, real SQLite file) under mixed load, kills it
// with SIGKILL at a random moment, restarts it on the same data folder, again and again; then
// lets one last life deliver what is owed and checks the data folder and the receiver.
public static class CrashRun
{
    public const int Clients = 4;

    // Alerts fall due within seconds of real time: a child process cannot share a fake clock. The
    // drop folder is rescanned often and without the inotify watcher (the machine's 128 instances
    // are shared by every test), so a file waits at most about 0.4 s.
    public static readonly Dictionary<string, string> Settings = new()
    {
        ["PressDesk__Intake__Watch"] = "false",
        ["PressDesk__Intake__RescanInterval"] = "00:00:00.200",
        ["PressDesk__Intake__SettleTime"] = "00:00:00.200",
        ["PressDesk__ResponseTime__WarnAfter"] = "00:00:02",
        ["PressDesk__ResponseTime__Target"] = "00:00:04",
        ["PressDesk__ResponseTime__DeadlineLead"] = "00:00:03",
        ["PressDesk__Alerts__RetryDelay"] = "00:00:01",
        ["PressDesk__Alerts__MaxRetryDelay"] = "00:00:05",
        ["PressDesk__TimeZone"] = "UTC",
    };

    public static async Task<CrashReport> RunAsync(string appDll, int kills, int seed, TextWriter log)
    {
        var clock = Stopwatch.StartNew();
        var random = new Random(seed);
        var ledger = new CrashLedger();
        var data = Directory.CreateTempSubdirectory("pressdesk-crash-").FullName;
        var drop = Directory.CreateTempSubdirectory("pressdesk-crash-drop-").FullName;
        await using var receiver = await WebhookReceiver.StartAsync();
        var settings = new Dictionary<string, string>(Settings)
        {
            ["PressDesk__Alerts__Webhook__Url"] = receiver.Url,
            ["PressDesk__Intake__DropFolder"] = drop,
        };
        try
        {
            for (var life = 1; life <= kills; life++)
            {
                var app = await StartAsync(settings, appDll, data, log);
                using var stop = new CancellationTokenSource();
                var load = new CrashLoad(ledger, seed * 1000 + life, TimeProvider.System, drop).RunAsync(app.Url, AppProcess.ApiKey, Clients, stop.Token);
                // Anywhere from just after start to a few seconds in, when alerts of this and earlier lives fall due.
                await Task.Delay(TimeSpan.FromMilliseconds(random.Next(100, 3000)));
                await app.DisposeAsync();   // Process.Kill(entireProcessTree: true): SIGKILL, no shutdown code runs
                await stop.CancelAsync();
                await load;
                log.WriteLine($"kill {life}/{kills}: {ledger.AcknowledgedRequests.Count} requests acknowledged, {ledger.DroppedFiles.Count} files dropped, {receiver.Accepted.Count} alerts received");
            }

            // One last life, without load, long enough to take in every file still in the drop folder
            // and for every alert still owed (those of the files' requests too) to fall due and be delivered.
            await using (var last = await StartAsync(settings, appDll, data, log))
            {
                await CrashChecks.WaitForDrainedFolderAsync(drop, ledger.DroppedFiles.Count, TimeSpan.FromSeconds(30));
                await CrashChecks.WaitForQuietOutboxAsync(last.DatabasePath, TimeSpan.FromSeconds(60));
            }

            return await CrashChecks.ReadAsync(Path.Combine(data, "pressdesk.db"), drop, kills, seed, ledger, receiver, clock.Elapsed);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(data, recursive: true); } catch (IOException) { }
            try { Directory.Delete(drop, recursive: true); } catch (IOException) { }
        }
    }

    // On a busy shared machine a start can miss AppProcess's 10 s limit; it is then killed (one
    // more kill, during startup) and started again.
    private static async Task<AppProcess> StartAsync(Dictionary<string, string> settings, string appDll, string data, TextWriter log)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await AppProcess.StartAsync(settings, appDll, data, keepData: true);
            }
            catch (TimeoutException) when (attempt < 5)
            {
                log.WriteLine($"start attempt {attempt} did not answer within 10 s; killed, starting again");
            }
        }
    }
}
