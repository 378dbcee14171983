using System.Text;
using Microsoft.Extensions.DependencyInjection;
using PressDesk.Intake;
using PressDesk.Intake.Mailbox;
using PressDesk.Localization;
using PressDesk.Tests.Infrastructure;
using PressDesk.Tests.Intake.DropFolder;

namespace PressDesk.Tests.Intake;

// A reason file has no reader's request behind it: it is written in PressDesk:Culture. The intake
// page shows the same rejection in its own reader's language.
public abstract class IntakeLanguageTest(string culture) : DropFolderTest(new Dictionary<string, string?> { ["PressDesk:Culture"] = culture })
{
    protected static readonly byte[] NoTopic = Encoding.UTF8.GetBytes("""{ "journalist": "Claire Martin", "channel": "phone" }""");

    // Dated a year after the tests' start, 2027-11-28 14:05 UTC.
    protected static byte[] FromTheFuture() =>
        Mail("<late@x.test>", "Claire Martin <claire@lemonde.test>", "Late", "Q", PressDeskApp.DefaultStart.AddYears(1).ToMailDate());

    protected async Task<(string Late, string NoTopic)> ReasonFilesAsync()
    {
        Drop("late.eml", FromTheFuture());
        Drop("no-topic.json", NoTopic);
        await WaitUntilAsync(() => File.Exists(Path.Combine(Rejected, "late.eml")) && File.Exists(Path.Combine(Rejected, "no-topic.json")), "both files rejected");
        return (await File.ReadAllTextAsync(Path.Combine(Rejected, "late.eml.reason.txt")),
                await File.ReadAllTextAsync(Path.Combine(Rejected, "no-topic.json.reason.txt")));
    }

    protected async Task<string> PageReasonAsync(string acceptLanguage, string name)
    {
        var client = await App.CreateSignedInClientAsync();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(acceptLanguage);
        var page = await client.GetPageAsync("/intake");
        var row = page.QuerySelectorAll("#rejected tbody tr").Single(r => r.QuerySelector(".name")!.TextContent.Contains(name, StringComparison.Ordinal));
        return row.QuerySelector(".reason")!.TextContent.Trim();
    }
}

public sealed class FrenchIntakeTests() : IntakeLanguageTest("fr-FR")
{
    [Fact]
    public async Task A_rejected_file_gets_a_French_reason_file()
    {
        var (late, noTopic) = await ReasonFilesAsync();

        Assert.StartsWith(
            "Le message est daté du 2027-11-28 14:05 UTC, dans le futur ; l'horloge de l'expéditeur ou l'en-tête Date est faux.\n\n"
            + "Fichier : late.eml\n",
            late);
        // The scan runs on the fake clock, a few 10-second steps after the start.
        Assert.Matches(@"\nRefusé le : 2026-11-28 14:0\d:\d\d UTC\n$", late);
        Assert.StartsWith("Sujet ", noTopic);
        Assert.Contains("obligatoire", noTopic);
        Assert.DoesNotContain("required", noTopic);
        Assert.Contains("Fichier : no-topic.json", noTopic);
    }

    [Fact]
    public async Task The_intake_page_shows_each_reader_the_reason_in_their_language()
    {
        await ReasonFilesAsync();

        Assert.StartsWith("Le message est daté du 2027-11-28 14:05 UTC, dans le futur", await PageReasonAsync("fr-FR", "late.eml"));
        Assert.StartsWith("The message is dated 2027-11-28 14:05 UTC, in the future", await PageReasonAsync("en-GB", "late.eml"));
        Assert.Equal("Topic is required.", await PageReasonAsync("en-GB", "no-topic.json"));
    }

    [Fact]
    public async Task The_note_about_attachments_not_kept_is_written_in_French()
    {
        Drop("with-file.eml", IntakePageTests.WithAttachment());
        await WaitForFileAsync(Path.Combine(Processed, "with-file.eml"));

        var question = await App.Database.ScalarAsync<string>("SELECT question FROM requests");
        Assert.Equal("Figures attached.\n\n[Pièces jointes non conservées : figures.xlsx]", question);
    }

    [Fact]
    public async Task A_rejection_interrupted_after_its_French_reason_file_is_only_moved_after_a_restart()
    {
        // What a crash between writing the reason and moving the file leaves behind.
        const string written = "Le message est daté du 2027-11-28 14:05 UTC, dans le futur.\n\nFichier : late.eml\n";
        Directory.CreateDirectory(Rejected);
        File.WriteAllText(Path.Combine(Rejected, "late.eml.reason.txt"), written);
        Drop("late.eml", FromTheFuture());

        await WaitForFileAsync(Path.Combine(Rejected, "late.eml"));

        Assert.Equal(["late.eml", "late.eml.reason.txt"], FilesIn(Rejected));
        Assert.Equal(written, await File.ReadAllTextAsync(Path.Combine(Rejected, "late.eml.reason.txt")));
        Assert.Equal(0, await CountAsync("intake_rejections"));   // recorded before the crash, not again
    }
}

public sealed class EnglishIntakeTests() : IntakeLanguageTest("en-GB")
{
    [Fact]
    public async Task A_rejected_file_gets_an_English_reason_file()
    {
        var (late, noTopic) = await ReasonFilesAsync();

        Assert.StartsWith(
            "The message is dated 2027-11-28 14:05 UTC, in the future; the sender's clock or the Date header is wrong.\n\n"
            + "File: late.eml\n",
            late);
        Assert.Matches(@"\nRejected at: 2026-11-28 14:0\d:\d\d UTC\n$", late);
        Assert.StartsWith("Topic is required.\n\nFile: no-topic.json\nRejected at: ", noTopic);
    }
}

// The mailbox's last error is worded in both languages; the password never shows in either.
public sealed class MailboxErrorLanguageTests() : AppTest(backgroundWorkers: false)
{
    private static readonly ImapOptions Imap = new() { Host = "imap.example.org", Port = 993, Username = "press", Password = "s3cret-word" };

    [Fact]
    public void A_mailbox_error_reads_in_French_and_in_English()
    {
        var reasons = App.Services.GetRequiredService<IntakeReasons>();

        var error = reasons.Of(MailboxErrors.Describe(new TimeoutException(), Imap));

        Assert.Equal("imap.example.org:993 n'a pas répondu à temps.", error.In(Languages.French));
        Assert.Equal("imap.example.org:993 did not answer in time.", error.In(Languages.English));
    }

    [Fact]
    public void The_password_is_masked_in_both_languages()
    {
        var reasons = App.Services.GetRequiredService<IntakeReasons>();

        var error = reasons.Of(MailboxErrors.Describe(new IOException("login s3cret-word rejected"), Imap));

        Assert.Equal("La connexion à imap.example.org:993 a été coupée : login ******** rejected", error.French);
        Assert.Equal("The connection to imap.example.org:993 broke: login ******** rejected", error.English);
    }
}
