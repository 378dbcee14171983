using System.Net;
using PressDesk.Intake.Mailbox;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Intake.Mailbox;

// A mailbox that cannot be read is shown as failing and retried with a growing delay on the
// clock, while PressDesk keeps serving; once the cause is fixed it reads the mail.
public sealed class MailboxWrongPasswordTests : MailboxTest
{
    private const string OtherPassword = "the password PressDesk does not have";

    protected override async Task PrepareServerAsync()
    {
        Server.SetPassword(OtherPassword);
        await Server.StartAsync();
        await Server.AppendAsyncAs(OtherPassword, Mail("Grid outage"));
    }

    // Dovecot answers each failed login after about 2.5 s whatever auth_failure_delay says, and
    // MailKit tries PLAIN and then LOGIN: an attempt takes about 5 s.
    private static readonly TimeSpan FailedLogin = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task A_wrong_password_is_shown_as_failing_with_backoff_and_the_mailbox_recovers_once_it_is_fixed()
    {
        await EventuallyAsync(() => Status.State == MailboxState.Failing, "the mailbox is failing", within: FailedLogin);
        Assert.Equal(1, Status.ConsecutiveFailures);
        Assert.Equal(Now + MailboxWorker.Retry.First, Status.NextAttemptAt);
        Assert.Contains("refused the user name or password for press", Status.LastError?.English);
        Assert.Contains("PressDesk:Intake:Imap:Password", Status.LastError?.English);
        Assert.DoesNotContain(DovecotServer.Password, Status.LastError?.English);
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync("/healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync("/")).StatusCode);

        // The next attempt comes at NextAttemptAt, and the delay after it doubles.
        Time.Advance(MailboxWorker.Retry.First);
        await EventuallyAsync(() => Status.ConsecutiveFailures == 2, "the second attempt failed", within: FailedLogin);
        Assert.Equal(Now + 3 * MailboxWorker.Retry.First, Status.NextAttemptAt);

        Server.SetPassword(DovecotServer.Password);
        await EventuallyAsync(async () => await CountAsync("requests") == 1, "the mail is read after the fix", advance: TimeSpan.FromSeconds(5));
        Assert.Equal(MailboxState.Connected, Status.State);
        Assert.Equal((0, null), (Status.ConsecutiveFailures, Status.LastError));
    }
}

public sealed class MailboxServerDownTests : MailboxTest
{
    protected override Task PrepareServerAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_server_that_is_down_is_retried_with_backoff_until_it_is_up()
    {
        var delays = new List<TimeSpan>();
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            await EventuallyAsync(() => Status.ConsecutiveFailures == attempt, $"attempt {attempt} failed");
            var wait = Status.NextAttemptAt!.Value - Time.GetUtcNow();
            delays.Add(wait);
            Time.Advance(wait);
        }
        Assert.Equal([TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(40)], delays);
        Assert.Contains($"Cannot reach 127.0.0.1:{Server.Port}", Status.LastError?.English);
        Assert.Contains("refused", Status.LastError?.English);
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync("/healthz")).StatusCode);

        await Server.StartAsync();
        await Server.AppendAsync(Mail("Grid outage"));
        await EventuallyAsync(async () => await CountAsync("requests") == 1, "the mail is read once the server is up", advance: TimeSpan.FromSeconds(10));
        Assert.Equal(MailboxState.Connected, Status.State);
    }
}
