using System.Globalization;
using System.Text;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Intake.DropFolder;

public sealed class DropFolderTests : DropFolderTest
{
    [Fact]
    public async Task The_same_eml_dropped_twice_makes_one_request_and_both_files_end_in_processed()
    {
        var raw = Mail("<q1@lemonde.test>", "Claire Martin <claire@lemonde.test>", "Grid outage", "Can you explain the outage?");

        Drop("q1.eml", raw);
        await WaitForFileAsync(Path.Combine(Processed, "q1.eml"));
        Drop("q1.eml", raw);   // the same name again: filed beside the first, never over it
        await WaitForFileAsync(Path.Combine(Processed, "q1-2.eml"));

        Assert.Equal(1, await CountAsync("requests"));
        Assert.Equal(["q1-2.eml", "q1.eml"], FilesIn(Processed));
        Assert.Empty(FilesIn(Folder));
        Assert.Empty(FilesIn(Rejected));
    }

    [Fact]
    public async Task Two_emails_from_one_journalist_make_one_journalist_and_two_requests()
    {
        Drop("a.eml", Mail("<a@x.test>", "Claire Martin <claire@lemonde.test>", "Grid outage", "First question"));
        Drop("b.eml", Mail("<b@x.test>", "C. Martin <CLAIRE@lemonde.test>", "Heat pumps", "Second question"));

        await WaitUntilAsync(() => FilesIn(Processed).Length == 2, "both files in processed/");

        Assert.Equal(2, await CountAsync("requests"));
        Assert.Equal(1, await CountAsync("journalists"));
    }

    [Fact]
    public async Task A_file_under_a_temporary_name_is_ignored_until_it_is_renamed()
    {
        var raw = Mail("<t1@x.test>", "Claire Martin <claire@lemonde.test>", "Grid outage", "Question");
        var partial = Drop("t1.eml.part", raw);
        Drop(".t2.eml", raw);
        Drop("t3.eml.tmp", raw);

        await LetPassesRunAsync();
        Assert.Equal(0, await CountAsync("requests"));
        Assert.Equal([".t2.eml", "t1.eml.part", "t3.eml.tmp"], FilesIn(Folder));

        File.Move(partial, Path.Combine(Folder, "t1.eml"));
        await WaitForFileAsync(Path.Combine(Processed, "t1.eml"));
        Assert.Equal(1, await CountAsync("requests"));
    }

    [Fact]
    public async Task A_json_file_from_a_phone_system_becomes_a_request()
    {
        Drop("call.json", Encoding.UTF8.GetBytes($$"""
            { "id": "pbx-1", "journalist": "Hélène Dupré", "phone": "+33 1 23 45 67 89", "outlet": "Libération",
              "topic": "Nuclear", "question": "Call back about the reactors", "channel": "voicemail",
              "receivedAt": "{{PressDeskApp.DefaultStart.AddMinutes(-10).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)}}" }
            """));

        await WaitForFileAsync(Path.Combine(Processed, "call.json"));
        var request = await (await Api.GetAsync("/api/requests?status=open")).JsonAsync();
        var item = request["items"]![0]!;
        Assert.Equal("Nuclear", (string?)item["topic"]);
        Assert.Equal("voicemail", (string?)item["channel"]);
        Assert.Equal("Hélène Dupré", (string?)item["journalist"]!["name"]);
    }

    [Fact]
    public async Task A_rejection_interrupted_after_its_reason_file_is_only_moved_after_a_restart()
    {
        // What a crash between writing the reason and moving the file leaves behind.
        Directory.CreateDirectory(Rejected);
        File.WriteAllText(Path.Combine(Rejected, "late.eml.reason.txt"), "The message is dated 2027-01-01 00:00 UTC, in the future.\n\nFile: late.eml\n");
        Drop("late.eml", Mail("<late@x.test>", "Claire Martin <claire@lemonde.test>", "Grid outage", "Question", "Fri, 01 Jan 2027 00:00:00 +0000"));

        await WaitForFileAsync(Path.Combine(Rejected, "late.eml"));

        Assert.Equal(["late.eml", "late.eml.reason.txt"], FilesIn(Rejected));
        Assert.Equal(0, await CountAsync("intake_rejections"));   // recorded before the crash, not again
    }
}
