using System.Text;
using Dapper;
using Microsoft.Data.Sqlite;
using PressDesk.Intake;
using PressDesk.Intake.DropFolder;
using PressDesk.Tests.Infrastructure;
using Xunit.Abstractions;

namespace PressDesk.Tests.Intake.DropFolder;

// PressDesk as a real process, killed (SIGKILL) at random moments while files keep arriving:
// in the end every distinct input is exactly one request and every file is in processed/ or rejected/.
public sealed class DropFolderCrashTests(ITestOutputHelper output) : IDisposable
{
    private const int Kills = 5;
    private readonly string _data = PressDeskApp.NewDataDirectory();
    private readonly string _folder = Directory.CreateTempSubdirectory("pressdesk-crash-").FullName;

    [Fact]
    public async Task Killed_at_random_moments_PressDesk_ends_with_one_request_per_distinct_input_and_every_file_filed()
    {
        var seed = Random.Shared.Next();
        output.WriteLine($"seed {seed}");
        var random = new Random(seed);
        var (files, identities, bad) = Inputs(random);

        // Each run gets a share of the files while it is up, and dies at a random moment after.
        foreach (var share in files.Chunk((files.Count + Kills - 1) / Kills))
        {
            await using var app = await StartAsync();
            await WriteAsync(share, random);
            await Task.Delay(random.Next(0, 400));
            await app.KillAsync();
            output.WriteLine($"killed with {Filed()} files filed so far");
        }

        await using (var last = await StartAsync())
        {
            await Eventually.UntilAsync(() => Filed() >= files.Count, "every file is filed", TimeSpan.FromSeconds(20), every: TimeSpan.FromMilliseconds(100));
            await last.KillAsync();
        }

        Assert.DoesNotContain(Directory.GetFiles(_folder), f => DropFolderLayout.IsCandidate(Path.GetFileName(f)));
        Assert.Equal(files.Count, Filed());
        foreach (var name in bad) Assert.True(File.Exists(Path.Combine(_folder, "rejected", name + ".reason.txt")), $"{name} has no reason file");
        SqliteConnection.ClearAllPools();
        await using var db = await TestDatabase.In(_data).OpenAsync(readOnly: true);
        Assert.Equal("ok", await db.ExecuteScalarAsync<string>("PRAGMA integrity_check"));
        Assert.Equal(identities.Order(), (await db.QueryAsync<string>("SELECT identity FROM intake_messages")).Order());
        Assert.Equal(identities.Count, await db.ExecuteScalarAsync<long>("SELECT count(*) FROM requests"));
    }

    public void Dispose()
    {
        PressDeskApp.DeleteQuietly(_data);
        PressDeskApp.DeleteQuietly(_folder);
    }

    private int Filed() =>
        Directory.GetFiles(Path.Combine(_folder, "processed")).Length
        + Directory.GetFiles(Path.Combine(_folder, "rejected")).Count(f => !f.EndsWith(DropFolderLayout.ReasonSuffix, StringComparison.Ordinal) && !Path.GetFileName(f).StartsWith('.'));

    // 200 distinct mails, 50 copies of some of them under other names, 50 JSON files (half with a
    // phone system's id), 5 empty files; shuffled.
    private static (List<(string Name, byte[] Content)> Files, HashSet<string> Identities, List<string> Bad) Inputs(Random random)
    {
        var files = new List<(string, byte[])>();
        var identities = new HashSet<string>();
        var mails = new List<byte[]>();
        for (var i = 0; i < 200; i++)
        {
            var mail = Encoding.UTF8.GetBytes($"From: Journalist {i % 30} <j{i % 30}@outlet.test>\r\nSubject: Question {i}\r\nMessage-ID: <m{i}@outlet.test>\r\n\r\nCould you comment on item {i}?\r\n");
            mails.Add(mail);
            files.Add(($"mail-{i}.eml", mail));
            identities.Add($"mid:m{i}@outlet.test");
        }
        for (var i = 0; i < 50; i++) files.Add(($"copy-{i}.eml", mails[random.Next(mails.Count)]));
        for (var i = 0; i < 50; i++)
        {
            var id = i % 2 == 0 ? $"\"id\": \"pbx-{i}\", " : "";
            var json = Encoding.UTF8.GetBytes($$"""{ {{id}}"journalist": "Caller {{i % 10}}", "topic": "Call {{i}}", "channel": "voicemail" }""");
            files.Add(($"call-{i}.json", json));
            identities.Add(i % 2 == 0 ? $"json:pbx-{i}" : IntakeMessage.ContentIdentity(json));
        }
        var bad = Enumerable.Range(0, 5).Select(i => $"empty-{i}.eml").ToList();
        files.AddRange(bad.Select(name => (name, Array.Empty<byte>())));
        return (files.OrderBy(_ => random.Next()).ToList(), identities, bad);
    }

    // Files arrive in bursts, each written under a temporary name and renamed, as the README asks of writers.
    private async Task WriteAsync(IEnumerable<(string Name, byte[] Content)> files, Random random)
    {
        foreach (var burst in files.Chunk(10))
        {
            foreach (var (name, content) in burst)
            {
                var temporary = Path.Combine(_folder, name + ".part");
                await File.WriteAllBytesAsync(temporary, content);
                File.Move(temporary, Path.Combine(_folder, name));
            }
            await Task.Delay(random.Next(10, 60));
        }
    }

    private Task<AppProcess> StartAsync() =>
        AppProcess.StartAsync(new Dictionary<string, string>
        {
            ["PressDesk__Intake__DropFolder"] = _folder,
            ["PressDesk__Intake__Watch"] = "false",
            ["PressDesk__Intake__RescanInterval"] = "00:00:00.100",
            ["PressDesk__Intake__SettleTime"] = "00:00:00.050",
            ["Logging__LogLevel__Default"] = "Error",
        }, AppProcess.BuiltDll(typeof(DropFolderCrashTests).Assembly), _data, keepData: true);
}
