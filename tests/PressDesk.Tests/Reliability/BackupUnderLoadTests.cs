using PressDesk.Testing.Crash;
using PressDesk.Tests.Infrastructure;
using Xunit.Abstractions;

namespace PressDesk.Tests.Reliability;

// The backup command against a server under the crash suite's mixed load (API requests, responses,
// dropped files, alerts falling due): each backup restores into a folder of its own, passes
// SQLite's integrity check and holds every request acknowledged before it began.
public class BackupUnderLoadTests(ITestOutputHelper output)
{
    private const int Backups = 4;

    [Fact]
    public async Task Backups_taken_under_load_restore_whole_with_every_request_acknowledged_before_them()
    {
        var work = PressDeskApp.NewDataDirectory();
        var data = Path.Combine(work, "data");
        var drop = Directory.CreateDirectory(Path.Combine(work, "drop")).FullName;
        await using var receiver = await WebhookReceiver.StartAsync();
        var settings = new Dictionary<string, string>(CrashRun.Settings)
        {
            ["PressDesk__Alerts__Webhook__Url"] = receiver.Url,
            ["PressDesk__Intake__DropFolder"] = drop,
        };
        var ledger = new CrashLedger();
        var taken = new List<(string File, long[] Acknowledged)>();
        try
        {
            await using (var app = await AppProcess.StartAsync(settings, AppProcess.BuiltDll(typeof(BackupUnderLoadTests).Assembly), data, keepData: true))
            {
                using var stop = new CancellationTokenSource();
                var load = new CrashLoad(ledger, 20261204, TimeProvider.System, drop).RunAsync(app.Url, AppProcess.ApiKey, CrashRun.Clients, stop.Token);
                try
                {
                    for (var i = 1; i <= Backups; i++)
                    {
                        await Task.Delay(TimeSpan.FromSeconds(2));   // load between two backups, not a wait for a state
                        var acknowledged = ledger.AcknowledgedRequests.Values.ToArray();
                        var file = Path.Combine(work, $"backup-{i}.zip");
                        var written = await AppCommand.RunAsync(data, ["backup", file]);
                        Assert.True(written.ExitCode == 0, written.Errors);
                        taken.Add((file, acknowledged));
                        output.WriteLine($"backup {i}: {acknowledged.Length} requests acknowledged before it, {new FileInfo(file).Length / 1024} KB");
                    }
                }
                finally
                {
                    await stop.CancelAsync();
                    await load;
                }
            }
            Assert.True(taken[^1].Acknowledged.Length > taken[0].Acknowledged.Length, "The load did not go on between the backups.");

            foreach (var (file, acknowledged) in taken)
            {
                var restoredFolder = Path.Combine(work, "restored-" + Path.GetFileNameWithoutExtension(file));
                var restored = await AppCommand.RunAsync(restoredFolder, ["restore", file]);
                Assert.True(restored.ExitCode == 0, restored.Errors);

                var database = TestDatabase.In(restoredFolder);
                Assert.Equal("ok", await database.ScalarAsync<string>("PRAGMA integrity_check"));
                var ids = (await database.QueryAsync<long>("SELECT id FROM requests")).ToHashSet();
                var missing = acknowledged.Where(id => !ids.Contains(id)).ToList();
                Assert.True(missing.Count == 0, $"{file} lacks acknowledged requests {string.Join(", ", missing)}");
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            PressDeskApp.DeleteQuietly(work);
        }
    }
}
