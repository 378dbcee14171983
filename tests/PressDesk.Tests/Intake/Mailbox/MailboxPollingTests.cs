using PressDesk.Intake.Mailbox;

namespace PressDesk.Tests.Intake.Mailbox;

// A server without IDLE (here Dovecot told not to announce it) is polled every PollInterval.
public sealed class MailboxPollingTests() : MailboxTest(dovecotConfig: """
    imap_capability = IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE LITERAL+ NAMESPACE UIDPLUS MOVE CHILDREN UNSELECT
    """)
{
    [Fact]
    public async Task Without_IDLE_new_mail_arrives_at_the_next_poll()
    {
        await EventuallyAsync(() => Status.LastCheckedAt is not null, "the first poll ran");
        Assert.False(Status.Idle);

        await Server.AppendAsync(Mail("Grid outage"));
        await Task.Delay(500);
        Assert.Equal(0, await CountAsync("requests"));

        Time.Advance(PollInterval);
        await EventuallyAsync(async () => await CountAsync("requests") == 1, "the poll read the message");
        Assert.Equal(MailboxState.Connected, Status.State);
    }
}
