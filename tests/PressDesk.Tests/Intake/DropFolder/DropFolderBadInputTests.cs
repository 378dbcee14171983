using System.Text;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Intake.DropFolder;

// Whatever lands in the folder, it ends in rejected/ with a reason that names the problem, and
// nothing already stored changes.
public sealed class DropFolderBadInputTests : DropFolderTest
{
    private static readonly Dictionary<string, (byte[] Content, string Reason)> Corpus = new()
    {
        ["empty.eml"] = ([], "The file is empty."),
        ["random.eml"] = (RandomBytes(4096), "not an email"),
        ["truncated.eml"] = (Truncated(), "truncated"),
        ["huge.eml"] = (Huge(), "PressDesk:Intake:MaxMessageBytes"),
        ["no-sender.eml"] = (Encoding.ASCII.GetBytes("Subject: Hello\r\nMessage-ID: <ns@x.test>\r\n\r\nWho am I?\r\n"), "no From address"),
        ["1970.eml"] = (Mail("<old@x.test>", "Claire Martin <claire@lemonde.test>", "Old", "Old", "Thu, 01 Jan 1970 00:00:00 +0000"), "1970-01-01"),
        ["next-year.eml"] = (Mail("<next@x.test>", "Claire Martin <claire@lemonde.test>", "Next", "Next", PressDeskApp.DefaultStart.AddYears(1).ToMailDate()), "in the future"),
        ["wrong-types.json"] = (Encoding.UTF8.GetBytes("""{ "journalist": 42, "topic": ["grid"] }"""), "journalist: this value has the wrong type"),
        ["unknown-field.json"] = (Encoding.UTF8.GetBytes("""{ "journalist": "Claire Martin", "sujet": "Tarifs" }"""), "Unknown field “sujet”. The known fields are: id, journalist,"),
        ["duplicate-key.json"] = (Encoding.UTF8.GetBytes("""{ "journalist": "Claire Martin", "topic": "Tarifs", "topic": "Grid" }"""), "Field “topic” appears more than once"),
        ["invalid-utf8.json"] = ([.. "{ \"journalist\": \"Cl"u8, 0xC3, 0x28, .. "\", \"topic\": \"x\" }"u8], "not valid UTF-8"),
        ["no-topic.json"] = (Encoding.UTF8.GetBytes("""{ "journalist": "Claire Martin", "channel": "phone" }"""), "Topic"),
    };

    [Fact]
    public async Task Each_bad_input_ends_in_rejected_with_its_reason_and_nothing_stored_changes()
    {
        Drop("good.eml", Mail("<good@x.test>", "Claire Martin <claire@lemonde.test>", "Grid outage", "A fine question"));
        await WaitForFileAsync(Path.Combine(Processed, "good.eml"));
        var requestsBefore = await SnapshotAsync("requests");
        var journalistsBefore = await SnapshotAsync("journalists");

        foreach (var (name, (content, _)) in Corpus) Drop(name, content);
        await WaitUntilAsync(() => Corpus.Keys.All(name => File.Exists(Path.Combine(Rejected, name))), "every bad file in rejected/");

        foreach (var (name, (_, reason)) in Corpus)
        {
            var text = await File.ReadAllTextAsync(Path.Combine(Rejected, name + ".reason.txt"));
            Assert.True(text.Contains(reason, StringComparison.Ordinal), $"{name}: expected the reason to mention \"{reason}\", got: {text}");
            Assert.Contains($"File: {name}", text);
        }
        Assert.Equal(new FileInfo(Path.Combine(Rejected, "huge.eml")).Length, Corpus["huge.eml"].Content.Length);
        Assert.Empty(FilesIn(Folder));
        Assert.Equal(["good.eml"], FilesIn(Processed));
        Assert.Equal(requestsBefore, await SnapshotAsync("requests"));
        Assert.Equal(journalistsBefore, await SnapshotAsync("journalists"));
        Assert.Equal(Corpus.Count, await CountAsync("intake_rejections"));
    }

    private static byte[] RandomBytes(int length)
    {
        var bytes = new byte[length];
        new Random(8).NextBytes(bytes);
        return bytes;
    }

    // A multipart mail cut off in its first part, as an interrupted copy leaves it.
    private static byte[] Truncated() => Encoding.ASCII.GetBytes("""
        From: Claire Martin <claire@lemonde.test>
        Subject: Grid outage
        Date: Sat, 28 Nov 2026 13:50:00 +0000
        Message-ID: <cut@x.test>
        MIME-Version: 1.0
        Content-Type: multipart/mixed; boundary="b1"

        --b1
        Content-Type: text/plain; charset=utf-8

        Can you explain the out
        """.Replace("\n", "\r\n"));

    // 20 MB: a valid mail with a big attachment; refused by size before it is read.
    private static byte[] Huge()
    {
        var head = Mail("<huge@x.test>", "Claire Martin <claire@lemonde.test>", "Big", "See attached");
        var content = new byte[20 * 1024 * 1024];
        head.CopyTo(content, 0);
        content.AsSpan(head.Length).Fill((byte)'A');
        return content;
    }
}
