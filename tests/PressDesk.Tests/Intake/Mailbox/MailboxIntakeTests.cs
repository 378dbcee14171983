using MailKit;
using Microsoft.Extensions.DependencyInjection;
using PressDesk.Intake;
using PressDesk.Intake.Mailbox;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Intake.Mailbox;

// Messages in a real Dovecot INBOX become requests and carry $PressDesk afterwards.
public sealed class MailboxIntakeTests() : MailboxTest(new Dictionary<string, string?> { ["PressDesk:Intake:MaxMessageBytes"] = "20000" })
{
    [Fact]
    public async Task Messages_in_the_folder_become_requests_and_are_marked_handled_and_a_second_run_adds_nothing()
    {
        await Server.AppendAsync(Mail("Grid outage"));
        await Server.AppendAsync(Mail("Heat pumps", from: "Paul Durand <paul@liberation.test>"));
        await EventuallyAsync(async () => await CountAsync("requests") == 2, "both messages are requests", advance: PollInterval);

        Assert.Equal(["Grid outage", "Heat pumps"], await TopicsAsync());
        await EventuallyAsync(async () => (await Server.ListAsync()).All(Handled), "both messages carry $PressDesk and \\Seen");
        Assert.Equal(MailboxState.Connected, Status.State);
        Assert.Null(Status.LastError);

        // The next poll, then a restart on the same database: the messages are still in the
        // folder, but marked, so nothing is read twice.
        var checkedAt = Status.LastCheckedAt;
        await EventuallyAsync(() => Status.LastCheckedAt > checkedAt, "the next poll ran", advance: PollInterval);
        await using (var restarted = await App.RestartAsync())
        {
            var status = restarted.Services.GetRequiredService<MailboxStatus>();
            await EventuallyAsync(() => status.Current.LastCheckedAt is not null, "the restarted app read the folder");
            Assert.Equal(2, await CountAsync("requests", restarted));
            Assert.Equal(0, await CountAsync("intake_rejections", restarted));
        }
        Assert.Equal(2, (await Server.ListAsync()).Count);
    }

    [Fact]
    public async Task A_message_appended_while_the_worker_idles_arrives_without_waiting_for_the_poll()
    {
        await EventuallyAsync(() => Status is { State: MailboxState.Connected, Idle: true }, "the worker idles");

        await Server.AppendAsync(Mail("Nuclear plant restart"));

        // The fake clock does not move: only IDLE can bring the message in.
        await EventuallyAsync(async () => await CountAsync("requests") == 1, "the pushed message is a request");
        await EventuallyAsync(async () => (await Server.ListAsync()).All(Handled), "it is marked handled");
    }

    [Fact]
    public async Task A_message_over_the_size_limit_is_set_aside_with_the_reason_and_marked()
    {
        await Server.AppendAsync(Mail("Huge attachment", body: Big(60_000)));

        await EventuallyAsync(async () => await CountAsync("intake_rejections") == 1, "the message is rejected", advance: PollInterval);
        var rejection = Assert.Single(await App.Services.GetRequiredService<IntakeRejections>().ListOpenAsync());
        Assert.Equal(IntakeSource.Imap, rejection.Source);
        Assert.Contains("PressDesk:Intake:MaxMessageBytes", rejection.Reason.English);
        Assert.Contains("not downloaded", rejection.Reason.English);
        Assert.Matches(@"^INBOX;UIDVALIDITY=\d+/;UID=1 “Huge attachment”$", rejection.SourceName);
        Assert.Equal(0, await CountAsync("requests"));
        await EventuallyAsync(async () => (await Server.ListAsync()).All(Handled), "it is marked handled");
    }

    [Fact]
    public async Task A_message_stored_just_before_a_crash_is_marked_on_the_next_read_without_a_second_request()
    {
        // What a crash between storing and marking leaves: the request in the database, the
        // message unmarked on the server. The worker has not read the folder yet: it idles on an
        // empty one until the clock says to poll.
        await EventuallyAsync(() => Status.Idle, "the worker idles on the empty folder");
        var mail = Mail("Water prices");
        var pipeline = App.Services.GetRequiredService<IntakePipeline>();
        Assert.IsType<IntakeOutcome.Stored>(await pipeline.IngestAsync(EmailReader.Read(mail, IntakeSource.Imap, "INBOX;UIDVALIDITY=1/;UID=1", Bytes(mail))));

        await Server.AppendAsync(mail);

        await EventuallyAsync(async () => (await Server.ListAsync()).All(Handled), "the message is marked handled", advance: PollInterval);
        Assert.Equal(1, await CountAsync("requests"));
        Assert.Equal(0, await CountAsync("intake_rejections"));
    }

    [Fact]
    public async Task Retry_puts_a_rejected_message_back_and_it_is_read_again()
    {
        // Dated in an hour: the sender's clock is wrong, so it is set aside...
        await Server.AppendAsync(Mail("Budget vote", date: Now.AddHours(1)));
        await EventuallyAsync(async () => await CountAsync("intake_rejections") == 1, "the message is rejected", advance: PollInterval);
        await EventuallyAsync(async () => (await Server.ListAsync()).All(Handled), "it is marked handled");
        var rejection = Assert.Single(await App.Services.GetRequiredService<IntakeRejections>().ListOpenAsync());
        Assert.Contains("in the future", rejection.Reason.English);

        // ...and once that hour has passed, Retry makes it a request.
        Time.Advance(TimeSpan.FromHours(1));
        var retry = App.Services.GetServices<IIntakeRetry>().Single(r => r.Source == IntakeSource.Imap);
        Assert.True(await retry.RetryAsync(rejection, CancellationToken.None));

        await EventuallyAsync(async () => await CountAsync("requests") == 1, "the retried message is a request");
        await EventuallyAsync(async () => (await Server.ListAsync()).All(Handled), "it is marked handled again");
        Assert.Equal(["Budget vote"], await TopicsAsync());
    }

    [Fact]
    public async Task Retry_of_a_message_deleted_meanwhile_says_it_is_gone()
    {
        var retry = App.Services.GetServices<IIntakeRetry>().Single(r => r.Source == IntakeSource.Imap);
        var gone = new IntakeRejection(1, IntakeSource.Imap, "INBOX;UIDVALIDITY=1/;UID=99 “Deleted”", new IntakeReason("test", "test"), Now);

        Assert.False(await retry.RetryAsync(gone, CancellationToken.None));
    }

    private static bool Handled(DovecotServer.Held message) =>
        message.Keywords.Contains(MailboxSession.HandledKeyword) && message.Flags.HasFlag(MessageFlags.Seen);
}
