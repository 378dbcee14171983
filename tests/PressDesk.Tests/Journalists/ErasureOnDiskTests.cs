using Microsoft.Extensions.DependencyInjection;
using System.Net;
using System.Text;
using PressDesk.Data;
using PressDesk.Journalists;
using PressDesk.Tests.Infrastructure;
using PressDesk.Tests.Intake.DropFolder;

namespace PressDesk.Tests.Journalists;

// An erased journalist is in no file PressDesk keeps: not in the database files, not in the drop
// folder's processed/ and rejected/ copies of their mail; and while a reader holds the database,
// the erasure says it is pending until the copies are gone.
public sealed class ErasureOnDiskTests : DropFolderTest
{
    private const string Name = "Zoé Quillardet";
    private const string Email = "zoe.quillardet@dauphine.test";
    private const string Phone = "+33 6 98 76 54 32";

    private static readonly string[] Personal = [Name, Email, Phone];

    [Fact]
    public async Task Erasing_deletes_the_drop_folder_copies_and_leaves_the_name_email_and_phone_in_no_file()
    {
        var journalist = await ArriveByMailAsync();
        Assert.NotEmpty(FilesNaming(Name));

        await EraseAsync(journalist);

        Assert.Empty(FilesNaming(Personal));
        var page = await Client.GetPageAsync($"/journalists/{journalist}");
        Assert.NotNull(page.QuerySelector("#erase-complete"));
        Assert.Null(page.QuerySelector("#erase-pending"));
        Assert.Equal(0, await App.Database.ScalarAsync<long>("SELECT count(*) FROM intake_messages WHERE identity NOT LIKE 'erased:%' OR source_name <> ''"));
        Assert.Equal(0, await CountAsync("intake_rejections"));
        Assert.Empty(FilesIn(Processed));
        Assert.Empty(FilesIn(Rejected));
    }

    [Fact]
    public async Task While_a_reader_holds_the_database_the_erasure_is_pending_and_it_completes_once_the_reader_is_gone()
    {
        var journalist = await ArriveByMailAsync();

        await using (var reader = await App.Database.OpenAsync(readOnly: true))
        {
            await using var snapshot = reader.BeginTransaction();
            await using (var read = reader.CreateCommand())
            {
                read.Transaction = snapshot;
                read.CommandText = "SELECT count(*) FROM journalists";
                await read.ExecuteScalarAsync();
            }

            await EraseAsync(journalist);

            var page = await Client.GetPageAsync($"/journalists/{journalist}");
            Assert.Contains("Erasure pending", page.Text("#erase-pending"));
            Assert.Null(page.QuerySelector("#erase-complete"));
            Assert.DoesNotContain(FilesNaming(Personal), path => !path.StartsWith(App.DataDirectory, StringComparison.Ordinal));
            Assert.NotEmpty(FilesNaming(Personal));   // the old pages the reader still sees
        }

        await Eventually.UntilAsync(
            async () => (await Client.GetPageAsync($"/journalists/{journalist}")).QuerySelector("#erase-complete") is not null,
            "the erasure completed", TimeSpan.FromSeconds(20), between: () => Time.Advance(ErasureWorker.RetryInterval));
        Assert.Empty(FilesNaming(Personal));
    }

    [Fact]
    public async Task Erasing_a_journalist_keeps_the_files_of_others_that_merely_contain_their_name()
    {
        Drop("lee.eml", Mail("<lee@leeds.test>", "Lee <lee@leeds.test>", "Fleet strike", "Can you call me back?\n\nLee"));
        Drop("paul.eml", Mail("<paul@fleet.test>", "Paul Sleeper <marylee@leeds.test>", "Sleepless in Leeds", "The fleet cannot sleep. Lee said so."));
        Drop("paul-late.eml", Mail("<paul-late@fleet.test>", "Paul Sleeper <marylee@leeds.test>", "Old", "Still no sleep in Leeds.", PressDeskApp.DefaultStart.AddDays(-30).ToMailDate()));
        await WaitUntilAsync(() => File.Exists(Path.Combine(Processed, "lee.eml")) && File.Exists(Path.Combine(Processed, "paul.eml")) && File.Exists(Path.Combine(Rejected, "paul-late.eml")), "the mails filed");
        var lee = await App.Database.ScalarAsync<long>("SELECT id FROM journalists WHERE email = 'lee@leeds.test'");

        await EraseAsync(lee);

        Assert.False(File.Exists(Path.Combine(Processed, "lee.eml")));
        Assert.True(File.Exists(Path.Combine(Processed, "paul.eml")));
        Assert.True(File.Exists(Path.Combine(Rejected, "paul-late.eml")));
        Assert.Equal(1, await CountAsync("intake_rejections"));
    }

    [Fact]
    public async Task A_pending_erasure_rebuilds_the_database_once_then_only_retries_the_checkpoint_less_and_less_often()
    {
        var journalist = await ArriveByMailAsync();
        var cleanup = App.Services.GetRequiredService<ErasureCleanup>();
        var worker = App.Services.GetRequiredService<ErasureWorker>();
        var wal = App.Database.Path + "-wal";

        await using var reader = await App.Database.OpenAsync(readOnly: true);
        await using var snapshot = reader.BeginTransaction();
        await using (var read = reader.CreateCommand())
        {
            read.Transaction = snapshot;
            read.CommandText = "SELECT count(*) FROM journalists";
            await read.ExecuteScalarAsync();
        }
        await EraseAsync(journalist);
        Assert.False(await cleanup.RunAsync());
        var afterFirstVacuum = new FileInfo(wal).Length;

        // Each VACUUM would append a full copy of the database to the log the reader pins.
        var waits = new List<TimeSpan>();
        for (var pass = 0; pass < 4; pass++)
        {
            var next = await worker.RunPassAsync(CancellationToken.None);
            Assert.NotNull(next);
            waits.Add(next.Value - Time.GetUtcNow());
        }
        Assert.Equal(afterFirstVacuum, new FileInfo(wal).Length);
        // The worker's own pass may run in between (the erasure wakes it): it only lengthens the next wait.
        Assert.True(waits[0] >= ErasureWorker.RetryInterval, string.Join(", ", waits));
        Assert.True(waits.Zip(waits.Skip(1)).All(w => w.Second > w.First), string.Join(", ", waits));
    }

    // A request by mail, a second mail set aside (too old) in rejected/, and the journalist's record
    // completed by hand. Returns the journalist's id.
    private async Task<long> ArriveByMailAsync()
    {
        var from = $"{Name} <{Email}>";
        var signature = $"\n\n{Name}\nLe Dauphiné\nTél. {Phone}";
        Drop("outage.eml", Mail("<outage@dauphine.test>", from, "Grid outage in Grenoble", "Can you call me back?" + signature));
        Drop("late.eml", Mail("<late@dauphine.test>", from, "Old question", "Still there?" + signature, PressDeskApp.DefaultStart.AddDays(-30).ToMailDate()));
        await WaitUntilAsync(() => File.Exists(Path.Combine(Processed, "outage.eml")) && File.Exists(Path.Combine(Rejected, "late.eml")), "both mails filed");

        var journalist = await App.Database.ScalarAsync<long>("SELECT id FROM journalists WHERE email = @Email", new { Email });
        var saved = await Client.SaveJournalistAsync(journalist, new Dictionary<string, string> { ["Phone"] = Phone });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        return journalist;
    }

    private async Task EraseAsync(long journalist)
    {
        var page = await Client.GetPageAsync($"/journalists/{journalist}/erase");
        var erased = await Client.PostFormAsync($"/journalists/{journalist}/erase", page, new Dictionary<string, string> { ["Confirm"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, erased.StatusCode);
    }

    // Every file under the data folder and the drop folder, searched as raw bytes. The running server's
    // lock file cannot be opened while it holds it; it is written empty and never holds data.
    private List<string> FilesNaming(params string[] values) =>
        new[] { App.DataDirectory, Folder }
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            .Where(path => Path.GetFileName(path) != DataFolderLock.FileName || new FileInfo(path).Length > 0)
            .Where(path =>
            {
                using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                using var memory = new MemoryStream();
                stream.CopyTo(memory);
                var bytes = memory.ToArray();
                return values.Any(value => bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(value)) >= 0);
            })
            .ToList();
}
