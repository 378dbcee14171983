using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using PressDesk.Intake;
using PressDesk.Intake.Mailbox;
using PressDesk.Settings;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Settings;

// The drop folder and the mailbox, set on the page: the intake workers restart on the new
// settings without a restart of PressDesk, and "test connection" tries them first.
public sealed class IntakeSettingsTests() : AppTest(new Dictionary<string, string?>
{
    // Not on the page; the rescan is driven on the fake clock (no inotify watcher in tests).
    ["PressDesk:Intake:Watch"] = "false",
    ["PressDesk:Intake:RescanInterval"] = "00:00:10",
    ["PressDesk:Intake:SettleTime"] = "00:00:01",
})
{
    private readonly string _folder = Directory.CreateTempSubdirectory("pressdesk-drop-").FullName;
    private DovecotServer? _dovecot;

    private Task RestartedAsync() => App.Services.GetRequiredService<IntakeRestart>().LastRestart;

    private MailboxStatus.Snapshot Mailbox => App.Services.GetRequiredService<MailboxStatus>().Current;

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (_dovecot is not null) await _dovecot.DisposeAsync();
        PressDeskApp.DeleteQuietly(_folder);
    }

    private static Dictionary<string, string> Imap(DovecotServer server, string password = DovecotServer.Password) => new()
    {
        ["PressDesk:Intake:Imap:Host"] = "127.0.0.1",
        ["PressDesk:Intake:Imap:Port"] = server.Port.ToString(CultureInfo.InvariantCulture),
        ["PressDesk:Intake:Imap:Security"] = "None",
        ["PressDesk:Intake:Imap:Username"] = DovecotServer.User,
        ["PressDesk:Intake:Imap:Password"] = password,
    };

    private static MimeMessage Mail(string subject)
    {
        var message = new MimeMessage { Subject = subject, Date = PressDeskApp.DefaultStart.AddMinutes(-5), Body = new TextPart("plain") { Text = "Could you call me back?" } };
        message.From.Add(MailboxAddress.Parse("Claire Martin <claire@lemonde.test>"));
        message.To.Add(MailboxAddress.Parse("press@pressdesk.test"));
        return message;
    }

    private Task<long> RequestsAsync() => App.Database.ScalarAsync<long>("SELECT count(*) FROM requests");

    [Fact]
    public async Task A_drop_folder_set_on_the_page_is_read_without_a_restart()
    {
        var saved = await Client.SaveAsync(ManagedSettings.Intake, new Dictionary<string, string> { ["PressDesk:Intake:DropFolder"] = _folder });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, saved.StatusCode);
        await RestartedAsync();

        Assert.True(Directory.Exists(Path.Combine(_folder, "processed")));   // the worker started on the new folder
        await File.WriteAllTextAsync(Path.Combine(_folder, "q.eml"), $"""
            From: Claire Martin <claire@lemonde.test>
            To: expert@pressdesk.test
            Subject: Grid outage
            Date: {PressDeskApp.DefaultStart.AddMinutes(-15).ToMailDate()}
            Message-ID: <settings-drop@lemonde.test>

            Could you call me back?
            """.Replace("\n", "\r\n"), Encoding.UTF8);
        await Eventually.UntilAsync(async () => await RequestsAsync() == 1, "the dropped file became a request",
            TimeSpan.FromSeconds(20), between: () => Time.Advance(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task Test_connection_checks_the_drop_folder_without_saving()
    {
        var page = await Forms.ParseAsync(await Client.TestAsync(ManagedSettings.Intake, new Dictionary<string, string> { ["PressDesk:Intake:DropFolder"] = _folder }));

        Assert.Equal($"PressDesk can read and write the drop folder {_folder}.", page.TestResult());
        Assert.Equal(0, await App.Database.ScalarAsync<long>("SELECT count(*) FROM settings"));
    }

    [Fact]
    public async Task A_mailbox_set_on_the_page_connects_and_reads_mail_and_its_password_stays_sealed()
    {
        _dovecot = await DovecotServer.StartAsync();
        await _dovecot.AppendAsync(Mail("Grid outage"));
        Assert.Equal(MailboxState.Off, Mailbox.State);

        var tested = await Forms.ParseAsync(await Client.TestAsync(ManagedSettings.Intake, Imap(_dovecot)));
        Assert.Equal("The mailbox folder INBOX opened (1 messages).", tested.TestResult());
        Assert.DoesNotContain(DovecotServer.Password, tested.DocumentElement.OuterHtml);

        await Client.SaveAsync(ManagedSettings.Intake, Imap(_dovecot));
        await RestartedAsync();
        await Eventually.UntilAsync(async () => await RequestsAsync() == 1, "the mailbox was read", detail: () => $"{Mailbox}");
        Assert.Equal(MailboxState.Connected, Mailbox.State);
        Assert.Equal(1, await App.Database.ScalarAsync<long>("SELECT sealed FROM settings WHERE key = 'PressDesk:Intake:Imap:Password'"));
        Assert.DoesNotContain(DovecotServer.Password, await Client.GetStringAsync(SettingsPage.Url));

        // Turned off on the page: the worker stops and the intake page says Off.
        await Client.SaveAsync(ManagedSettings.Intake, new Dictionary<string, string> { ["PressDesk:Intake:Imap:Host"] = "" });
        await RestartedAsync();
        Assert.Equal(MailboxState.Off, Mailbox.State);
    }

    [Fact]
    public async Task A_mailbox_with_a_wrong_password_fails_the_test_and_a_missing_one_is_refused()
    {
        _dovecot = await DovecotServer.StartAsync();

        var tested = await Forms.ParseAsync(await Client.TestAsync(ManagedSettings.Intake, Imap(_dovecot, "not the password")));
        Assert.StartsWith("The test failed:", tested.TestResult());

        var refused = await Forms.ParseAsync(await Client.SaveAsync(ManagedSettings.Intake, Imap(_dovecot, "")));
        Assert.Contains("PressDesk:Intake:Imap:Password is required", refused.ErrorFor("PressDesk:Intake:Imap:Host") + refused.ErrorFor("PressDesk:Intake:Imap:Password"));
        Assert.Equal(0, await App.Database.ScalarAsync<long>("SELECT count(*) FROM settings"));
    }
}
