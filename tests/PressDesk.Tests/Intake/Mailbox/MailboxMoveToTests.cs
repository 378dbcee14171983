using Microsoft.Extensions.DependencyInjection;
using PressDesk.Intake;

namespace PressDesk.Tests.Intake.Mailbox;

// With MoveTo, handled messages leave the intake folder for another one, created when missing.
public sealed class MailboxMoveToTests() : MailboxTest(new Dictionary<string, string?>
{
    ["PressDesk:Intake:Imap:MoveTo"] = "Handled",
})
{
    [Fact]
    public async Task Handled_messages_are_moved_into_a_folder_created_for_them()
    {
        await Server.AppendAsync(Mail("Grid outage"));
        await Server.AppendAsync(Mail("Heat pumps"));

        await EventuallyAsync(async () => await CountAsync("requests") == 2, "both messages are requests", advance: PollInterval);
        await EventuallyAsync(async () => (await Server.ListAsync()).Count == 0, "the intake folder is empty");
        Assert.Equal(["Grid outage", "Heat pumps"], (await Server.ListAsync("Handled")).Select(m => m.Subject).Order());

        // The next poll finds nothing new.
        var checkedAt = Status.LastCheckedAt;
        await EventuallyAsync(() => Status.LastCheckedAt > checkedAt, "the next poll ran", advance: PollInterval);
        Assert.Equal(2, await CountAsync("requests"));
    }

    [Fact]
    public async Task Retry_moves_a_rejected_message_back_to_be_read_again()
    {
        await Server.AppendAsync(Mail("Budget vote", date: Now.AddHours(1)));
        await EventuallyAsync(async () => (await Server.ListAsync("Handled")).Count == 1, "the rejected message is moved", advance: PollInterval);
        var rejection = Assert.Single(await App.Services.GetRequiredService<IntakeRejections>().ListOpenAsync());
        // The rejection follows the message to where it was moved, so Retry can find it.
        Assert.StartsWith("Handled;UIDVALIDITY=", rejection.SourceName);
        Assert.EndsWith("/;UID=1 “Budget vote”", rejection.SourceName);

        Time.Advance(TimeSpan.FromHours(1));
        var retry = App.Services.GetServices<IIntakeRetry>().Single(r => r.Source == IntakeSource.Imap);
        Assert.True(await retry.RetryAsync(rejection, CancellationToken.None));

        await EventuallyAsync(async () => await CountAsync("requests") == 1, "the retried message is a request");
        await EventuallyAsync(async () => (await Server.ListAsync()).Count == 0, "it is moved again");
        Assert.Single(await Server.ListAsync("Handled"));
    }
}
