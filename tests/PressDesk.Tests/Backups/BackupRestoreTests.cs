using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using PressDesk.Tests.Infrastructure;
using PressDesk.Tests.Interviews;
using PressDesk.Tests.Journalists;

namespace PressDesk.Tests.Backups;

// The backup and restore commands as the README gives them: the built app as a process, against
// the data folder of a server that runs (backup) or does not (restore).
public class BackupRestoreTests
{
    private const string Secret = "A secret about the merger.";

    [Fact]
    public async Task A_backup_of_a_running_app_restores_into_another_folder_where_the_app_shows_the_data_and_the_sealed_statements()
    {
        var work = PressDeskApp.NewDataDirectory();
        var restoredFolder = Path.Combine(work, "restored");
        var backup = Path.Combine(work, "pressdesk.zip");
        try
        {
            long request;
            string publicKey;
            await using (var app = new PressDeskApp(time: new FakeTimeProvider(PressDeskApp.DefaultStart)))
            {
                request = await SealedInterviewAsync(app);
                publicKey = await (await app.CreateSignedInClientAsync()).GetStringAsync("/push/public-key");
                var written = await AppCommand.RunAsync(app.DataDirectory, ["backup", backup]);
                Assert.True(written.ExitCode == 0, written.Errors);
                Assert.Contains($"Backup written to {backup}", written.Output);
                // The key-ring protection key is kept apart from backups, as the README says; the operator brings it back.
                File.Copy(app.ProtectionKeyFile, PressDeskApp.ProtectionKeyFileOf(restoredFolder));
            }

            var restored = await AppCommand.RunAsync(restoredFolder, ["restore", backup]);

            Assert.True(restored.ExitCode == 0, restored.Errors);
            Assert.Contains($"into {restoredFolder}", restored.Output);
            await using var restoredApp = new PressDeskApp(restoredFolder, time: new FakeTimeProvider(PressDeskApp.DefaultStart));
            var client = await restoredApp.CreateSignedInClientAsync();
            var interview = await client.GetPageAsync($"/requests/{request}/interview");
            Assert.Contains(Secret, interview.Texts("textarea"));   // the key ring came along: sealed text reads
            Assert.Contains("Claire Martin", (await client.GetPageAsync($"/requests/{request}")).Text("h1, main"));
            // The push key pair came along: every device's subscription, bound to that key, still works.
            Assert.Equal(publicKey, await client.GetStringAsync("/push/public-key"));
        }
        finally
        {
            PressDeskApp.DeleteQuietly(work);
        }
    }

    [Fact]
    public async Task Restore_refuses_while_PressDesk_runs_on_the_folder_and_changes_nothing()
    {
        var backup = Path.Combine(PressDeskApp.NewDataDirectory(), "pressdesk.zip");
        try
        {
            await using var app = new PressDeskApp();
            await app.CreateApiClient().PostJsonAsync("/api/requests", ApiClient.Claire(DateTimeOffset.UtcNow.AddMinutes(-3)));
            Assert.Equal(0, (await AppCommand.RunAsync(app.DataDirectory, ["backup", backup])).ExitCode);
            var refused = await AppCommand.RunAsync(app.DataDirectory, ["restore", backup]);

            Assert.Equal(1, refused.ExitCode);
            Assert.Contains($"PressDesk is running on the data folder {app.DataDirectory}. Stop it, then restore.", refused.Errors);
            Assert.Contains("Nothing is changed.", refused.Errors);
            Assert.Empty(Directory.GetDirectories(app.DataDirectory, "before-restore-*"));
            Assert.Empty(Directory.GetDirectories(app.DataDirectory, ".restore-*"));
            Assert.Equal(1, await app.Database.ScalarAsync<long>("SELECT count(*) FROM requests"));
        }
        finally
        {
            PressDeskApp.DeleteQuietly(Path.GetDirectoryName(backup)!);
        }
    }

    [Fact]
    public async Task Restore_refuses_a_damaged_backup_and_leaves_the_current_data_intact()
    {
        var work = PressDeskApp.NewDataDirectory();
        var data = Path.Combine(work, "data");
        var good = Path.Combine(work, "good.zip");
        try
        {
            await using (var app = new PressDeskApp(data))
            {
                await app.CreateApiClient().PostJsonAsync("/api/requests", ApiClient.Claire(DateTimeOffset.UtcNow.AddMinutes(-3)));
                Assert.Equal(0, (await AppCommand.RunAsync(data, ["backup", good])).ExitCode);
            }
            SqliteConnection.ClearAllPools();
            var before = Snapshot(data);

            foreach (var (name, expected, make) in DamagedBackups())
            {
                var bad = Path.Combine(work, name + ".zip");
                File.Copy(good, bad);
                make(bad);

                var refused = await AppCommand.RunAsync(data, ["restore", bad]);

                Assert.True(refused.ExitCode == 1, $"{name}: exit {refused.ExitCode} {refused.Output}");
                Assert.Contains(expected, refused.Errors);
                Assert.Contains("Nothing is changed.", refused.Errors);
                Assert.DoesNotContain("   at ", refused.Errors);
                Assert.Equal(before, Snapshot(data));
                Assert.Empty(Directory.GetDirectories(data, "before-restore-*"));
            }
        }
        finally
        {
            PressDeskApp.DeleteQuietly(work);
        }
    }

    private static IEnumerable<(string Name, string Expected, Action<string> Make)> DamagedBackups()
    {
        yield return ("not-a-zip", "is not a PressDesk backup (it is not a zip file)", file => File.WriteAllText(file, "not a backup"));
        yield return ("cut-in-half", "is not a PressDesk backup", file => { using var f = File.OpenWrite(file); f.SetLength(f.Length / 2); });
        yield return ("no-manifest", "is not a PressDesk backup (it has no manifest)", file =>
        {
            using var zip = ZipFile.Open(file, ZipArchiveMode.Update);
            zip.GetEntry("manifest.json")!.Delete();
        });
        yield return ("key-outside-keys", "is damaged: keys/../../evil.xml", file => EditManifest(file, manifest => manifest["keyFiles"] = new JsonArray("keys/../../evil.xml")));
        yield return ("changed-database", "its database is not the one its manifest describes", file => RewriteDatabase(file, updateManifest: false));
        // The manifest agrees with the damaged database: SQLite's integrity check is what refuses it.
        yield return ("damaged-database", "is damaged", file => RewriteDatabase(file, updateManifest: true));
    }

    // Overwrites the middle of the database's pages with garbage.
    private static void RewriteDatabase(string file, bool updateManifest)
    {
        using var zip = ZipFile.Open(file, ZipArchiveMode.Update);
        var entry = zip.GetEntry("pressdesk.db")!;
        byte[] bytes;
        using (var stream = entry.Open())
        using (var copy = new MemoryStream())
        {
            stream.CopyTo(copy);
            bytes = copy.ToArray();
        }
        for (var i = 4096 * 3; i < bytes.Length - 4096; i += 7) bytes[i] ^= 0x5A;
        entry.Delete();
        using (var stream = zip.CreateEntry("pressdesk.db").Open()) stream.Write(bytes);
        if (updateManifest) EditManifest(zip, manifest => manifest["databaseSha256"] = Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }

    private static void EditManifest(string file, Action<JsonNode> edit)
    {
        using var zip = ZipFile.Open(file, ZipArchiveMode.Update);
        EditManifest(zip, edit);
    }

    private static void EditManifest(ZipArchive zip, Action<JsonNode> edit)
    {
        var entry = zip.GetEntry("manifest.json")!;
        JsonNode manifest;
        using (var stream = entry.Open()) manifest = JsonNode.Parse(stream)!;
        edit(manifest);
        entry.Delete();
        using var writer = new StreamWriter(zip.CreateEntry("manifest.json").Open());
        writer.Write(manifest.ToJsonString());
    }

    // Every file of the data folder (but the lock) with its hash: what "nothing is changed" means.
    internal static Dictionary<string, string> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) != "pressdesk.lock")
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(f))));

    private static async Task<long> SealedInterviewAsync(PressDeskApp app)
    {
        var api = app.CreateApiClient();
        var client = await app.CreateSignedInClientAsync();
        var (request, _) = await api.RequestAsync(PressDeskApp.DefaultStart.AddMinutes(-60), TimeSpan.FromMinutes(10));
        await client.SaveInterviewAsync(request, "Conversation", PressDeskApp.DefaultStart.AddMinutes(-40),
            new StatementRow("On the record and readable.", "OnRecord", Quote: true),
            new StatementRow(Secret, "OffRecord", Agreement: "No"));
        return request;
    }
}
