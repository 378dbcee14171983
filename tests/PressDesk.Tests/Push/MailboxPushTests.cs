using System.Net;
using PressDesk.Intake.Mailbox;
using PressDesk.Tests.Infrastructure;
using PressDesk.Tests.Intake.Mailbox;

namespace PressDesk.Tests.Push;

// A real Dovecot mailbox in IDLE and the real push service: a journalist's email becomes a push.
public sealed class MailboxPushTests(WebPushService service) : MailboxTest(PushTest.PushSettings()), IClassFixture<WebPushService>
{
    [Fact]
    public async Task A_message_arriving_in_the_mailbox_is_pushed_as_a_new_request()
    {
        service.Reset();
        var subscription = await service.SubscribeAsync(await Client.GetStringAsync("/push/public-key"));
        var request = new HttpRequestMessage(HttpMethod.Post, "/push/subscriptions") { Content = System.Net.Http.Json.JsonContent.Create(subscription.Json) };
        request.Headers.Add("RequestVerificationToken", (await Client.GetPageAsync("/account")).AntiforgeryToken());
        Assert.Equal(HttpStatusCode.Created, (await Client.SendAsync(request)).StatusCode);
        await EventuallyAsync(() => Status is { State: MailboxState.Connected, Idle: true }, "the worker idles");

        await Server.AppendAsync(Mail("Nuclear plant restart"));

        // The fake clock does not move: IDLE brings the message in, the push outbox sends it.
        var arrived = await Eventually.ValueAsync(() => service.NotificationsAsync(subscription), m => m.Count > 0, "the new request was pushed");
        var push = Assert.Single(arrived);
        Assert.Equal("new-request", (string?)push["kind"]);
        Assert.Equal("Nuclear plant restart", (string?)push["topic"]);
    }
}
