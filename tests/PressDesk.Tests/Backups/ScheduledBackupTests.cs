using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PressDesk.Backups;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Backups;

// PressDesk:Backup:Folder + Every + Keep: a backup when the newest one is Every old, the oldest
// beyond Keep deleted, on the app's clock (a fake one here), and the owner sees the last result.
public class ScheduledBackupTests
{
    private static readonly TimeSpan Every = TimeSpan.FromHours(6);

    private static string NameAt(DateTimeOffset at) => $"pressdesk-backup-{at.UtcDateTime:yyyyMMdd'T'HHmmss'Z'}.zip";

    [Fact]
    public async Task Scheduled_backups_keep_the_last_N_and_the_owner_sees_the_last_one()
    {
        var folder = PressDeskApp.NewDataDirectory();
        var stranger = Path.Combine(folder, "notes.txt");   // not a backup: never counted or deleted
        File.WriteAllText(stranger, "the owner's own file");
        var time = new FakeTimeProvider(PressDeskApp.DefaultStart);
        try
        {
            await using var app = new PressDeskApp(time: time, settings: new Dictionary<string, string?>
            {
                ["PressDesk:Backup:Folder"] = folder,
                ["PressDesk:Backup:Every"] = Every.ToString(),
                ["PressDesk:Backup:Keep"] = "2",
            });
            app.CreateClient();
            var start = time.GetUtcNow();

            for (var n = 0; n < 4; n++)
            {
                if (n > 0) time.Advance(Every);
                var wanted = Enumerable.Range(0, n + 1).Reverse().Take(2).Select(i => NameAt(start + i * Every)).Order().ToList();
                await Eventually.ValueAsync(() => Task.FromResult(Backups(folder)), names => names.SequenceEqual(wanted),
                    $"backups {string.Join(", ", wanted)} are kept", within: TimeSpan.FromSeconds(30));
            }
            // Not yet due a minute before the next: the worker sleeps on, no fifth backup.
            time.Advance(Every - TimeSpan.FromMinutes(1));
            var worker = app.Services.GetRequiredService<BackupWorker>();
            await Eventually.ValueAsync(() => Task.FromResult(worker.Signal.SleepingUntil), until => until == start + 4 * Every,
                "the worker sleeps until the next backup is due");

            Assert.True(File.Exists(stranger));
            var page = await (await app.CreateSignedInClientAsync()).GetPageAsync("/backups");
            Assert.Contains("Last backup:", page.Text("#backup-last"));
            Assert.Equal(2, page.QuerySelectorAll("#backups-kept tbody tr").Length);
            Assert.Contains(NameAt(start + 3 * Every), page.Text("#backups-kept"));
            Assert.Equal(2, Backups(folder).Count);
        }
        finally
        {
            PressDeskApp.DeleteQuietly(folder);
        }
    }

    [Theory]
    [InlineData("00:00:10", "2", "PressDesk:Backup:Every must be at least")]
    [InlineData("1.00:00:00", "0", "PressDesk:Backup:Keep must be at least 1")]
    public void A_schedule_that_cannot_work_stops_the_start_naming_the_key(string every, string keep, string message)
    {
        var folder = PressDeskApp.NewDataDirectory();
        try
        {
            using var app = new PressDeskApp(settings: new Dictionary<string, string?>
            {
                ["PressDesk:Backup:Folder"] = folder,
                ["PressDesk:Backup:Every"] = every,
                ["PressDesk:Backup:Keep"] = keep,
            });

            Assert.Contains(message, Data.StartupTests.Flatten(Assert.ThrowsAny<Exception>(() => app.CreateClient())));
        }
        finally
        {
            PressDeskApp.DeleteQuietly(folder);
        }
    }

    [Fact]
    public async Task Without_a_folder_the_page_says_how_to_turn_the_schedule_on_in_French_too()
    {
        await using var app = new PressDeskApp(settings: new Dictionary<string, string?> { ["PressDesk:Culture"] = "fr-FR" });
        var page = await (await app.CreateSignedInClientAsync()).GetPageAsync("/backups");

        Assert.Contains("Pas de sauvegardes programmées", page.Text("#backup-schedule"));
        Assert.Contains("PressDesk:Backup:Folder", page.Text("#backup-schedule"));
    }

    private static List<string> Backups(string folder) =>
        [.. Directory.EnumerateFiles(folder, "pressdesk-backup-*.zip").Select(p => Path.GetFileName(p)).Order()];
}
