using System.Text;
using Mono.Unix.Native;
using PressDesk.Intake.DropFolder;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Intake.DropFolder;

// Only regular files of the drop folder are read. A symbolic link (to a file outside the folder) and
// a named pipe are set aside in rejected/ with a reason, shown on the intake page, and the pipe does
// not hold up the valid file dropped after it.
public sealed class DropFolderSpecialFileTests : DropFolderTest
{
    private readonly string _outside = Directory.CreateTempSubdirectory("pressdesk-outside-").FullName;

    [Fact]
    public async Task A_symlink_and_a_fifo_are_set_aside_with_a_reason_while_the_file_behind_them_is_taken_in()
    {
        var secret = Path.Combine(_outside, "secret.json");
        File.WriteAllText(secret, Call("Claire Martin", "Secret from outside the folder"));
        File.CreateSymbolicLink(Path.Combine(Folder, "a-link.json"), secret);
        MakeFifo(Path.Combine(Folder, "b-pipe.json"));
        Drop("c-valid.json", Encoding.UTF8.GetBytes(Call("Jean Dupont", "Grid outage")));

        await WaitUntilAsync(() => File.Exists(Path.Combine(Processed, "c-valid.json"))
            && File.Exists(Path.Combine(Rejected, "a-link.json")) && File.Exists(Path.Combine(Rejected, "b-pipe.json")), "every file filed");

        Assert.Equal(["Grid outage"], await App.Database.QueryAsync<string>("SELECT topic FROM requests"));
        Assert.Contains("This is a symbolic link, not a file. Links are not followed",
            await File.ReadAllTextAsync(Path.Combine(Rejected, "a-link.json.reason.txt")));
        Assert.Contains("This is a named pipe (FIFO), not a file",
            await File.ReadAllTextAsync(Path.Combine(Rejected, "b-pipe.json.reason.txt")));
        Assert.True(new FileInfo(Path.Combine(Rejected, "a-link.json")).LinkTarget is not null, "the link itself is set aside, not a copy of its target");
        Assert.Equal(Call("Claire Martin", "Secret from outside the folder"), await File.ReadAllTextAsync(secret));
        Assert.Empty(FilesIn(Folder));

        var page = await Client.GetPageAsync("/intake");
        Assert.Contains("a-link.json", page.Body!.TextContent);
        Assert.Contains("This is a named pipe (FIFO)", page.Body.TextContent);
    }

    [Fact]
    public async Task A_file_swapped_for_a_fifo_or_a_link_after_the_listing_is_refused_at_the_open_without_waiting()
    {
        // What DropFileIntake meets when the name it listed now holds something else: Open looks at
        // what it opened, so it neither waits for a writer on the pipe nor follows the link.
        var pipe = Path.Combine(Folder, "swapped.json");
        MakeFifo(pipe);
        var link = Path.Combine(Folder, "linked.json");
        File.CreateSymbolicLink(link, Path.Combine(_outside, "missing.json"));

        var pipeOpening = await Task.Run(() => DroppedFile.Open(pipe)).WaitAsync(TimeSpan.FromSeconds(10));
        var linkOpening = DroppedFile.Open(link);

        Assert.Equal(DroppedFile.Pipe, Assert.IsType<DroppedFile.Opening.NotAFile>(pipeOpening).Problem);
        Assert.Equal(DroppedFile.Link, Assert.IsType<DroppedFile.Opening.NotAFile>(linkOpening).Problem);
    }

    [Fact]
    public void A_file_a_writer_still_holds_is_not_read_yet()
    {
        var path = Path.Combine(Folder, "writing.json.part");
        using var writer = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);

        Assert.Throws<IOException>(() => DroppedFile.Open(path));
        writer.Dispose();
        using var opened = Assert.IsType<DroppedFile.Opening.Opened>(DroppedFile.Open(path)).Stream;
        Assert.True(opened.CanRead);
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        PressDeskApp.DeleteQuietly(_outside);
    }

    private static void MakeFifo(string path)
    {
        if (Syscall.mkfifo(path, FilePermissions.DEFFILEMODE) != 0)
            throw new IOException($"mkfifo {path}: {Stdlib.GetLastError()}");
    }

    private static string Call(string journalist, string topic) =>
        $$"""{ "journalist": "{{journalist}}", "topic": "{{topic}}", "channel": "phone", "receivedAt": "{{PressDeskApp.DefaultStart.AddMinutes(-5):O}}" }""";
}
