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
