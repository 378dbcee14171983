using System.Text;
using Dapper;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Intake.DropFolder;

// An app with a drop folder of its own, without the inotify watcher (tests run many apps and the
// machine has 128 instances), so files are found by the rescan, which the test drives on the fake clock.
public abstract class DropFolderTest : AppTest
{
    private static readonly TimeSpan Rescan = TimeSpan.FromSeconds(10);

    protected DropFolderTest(IDictionary<string, string?>? settings = null)
        : this(Directory.CreateTempSubdirectory("pressdesk-drop-").FullName, settings) { }

    private DropFolderTest(string folder, IDictionary<string, string?>? settings) : base(new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
    {
        ["PressDesk:Intake:DropFolder"] = folder,
        ["PressDesk:Intake:Watch"] = "false",
        ["PressDesk:Intake:RescanInterval"] = "00:00:10",
        ["PressDesk:Intake:SettleTime"] = "00:00:01",
    }) => Folder = folder;

    protected string Folder { get; }
    protected string Processed => Path.Combine(Folder, "processed");
    protected string Rejected => Path.Combine(Folder, "rejected");

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        PressDeskApp.DeleteQuietly(Folder);
    }

    protected string Drop(string name, byte[] content)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    // Moves the fake clock a rescan at a time (the worker looks at the folder at each) until the
    // condition holds; the short real wait lets the worker's pass run between two steps.
    protected Task WaitUntilAsync(Func<bool> condition, string what) =>
        Eventually.UntilAsync(condition, what, TimeSpan.FromSeconds(20), between: () => Time.Advance(Rescan));

    protected Task WaitForFileAsync(string path) => WaitUntilAsync(() => File.Exists(path), path);

    // A few rescans' worth of passes, to show that something does not happen.
    protected async Task LetPassesRunAsync(int passes = 4)
    {
        for (var i = 0; i < passes; i++)
        {
            Time.Advance(Rescan);
            await Task.Delay(100);
        }
    }

    protected Task<long> CountAsync(string table) => App.Database.ScalarAsync<long>($"SELECT count(*) FROM {table}");

    // Every row of a table, as text, to show that nothing already stored changed.
    protected async Task<IReadOnlyList<string>> SnapshotAsync(string table)
    {
        await using var connection = await App.Database.OpenAsync();
        var rows = await connection.QueryAsync($"SELECT * FROM {table} ORDER BY id");
        return rows.Select(r => string.Join("|", ((IDictionary<string, object?>)r).Select(kv => $"{kv.Key}={kv.Value}"))).ToList();
    }

    protected static string[] FilesIn(string folder) =>
        Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;

    // Dated a quarter of an hour before the tests' start unless the test says otherwise.
    protected static byte[] Mail(string messageId, string from, string subject, string body, string? date = null) =>
        Encoding.UTF8.GetBytes($"""
            From: {from}
            To: expert@pressdesk.test
            Subject: {subject}
            Date: {date ?? PressDeskApp.DefaultStart.AddMinutes(-15).ToMailDate()}
            Message-ID: {messageId}
            Content-Type: text/plain; charset=utf-8

            {body}
            """.Replace("\n", "\r\n"));
}
