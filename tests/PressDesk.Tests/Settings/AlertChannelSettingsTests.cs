using System.Net;
using PressDesk.Settings;
using PressDesk.Tests.Alerts;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Settings;

// The webhook and SMTP settings: saved on the page they take the next alert at once, and each
// "send a test" goes through the real channel to the test's real receiver, saved or not.
public sealed class AlertChannelSettingsTests(WebhookReceiver receiver, SmtpListener smtp)
    : AlertTest, IClassFixture<WebhookReceiver>, IClassFixture<SmtpListener>
{
    private const string WebhookUrl = "PressDesk:Alerts:Webhook:Url";

    public override async Task InitializeAsync()
    {
        await receiver.ResetAsync();
        await base.InitializeAsync();
    }

    private Dictionary<string, string> Smtp(string to = "desk@pressdesk.test") => new()
    {
        ["PressDesk:Alerts:Email:Host"] = "127.0.0.1",
        ["PressDesk:Alerts:Email:Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["PressDesk:Alerts:Email:Security"] = "None",
        ["PressDesk:Alerts:Email:From"] = "pressdesk@pressdesk.test",
        ["PressDesk:Alerts:Email:To"] = to,
    };

    [Fact]
    public async Task A_webhook_saved_on_the_page_receives_the_next_alert()
    {
        await LogAsync(Now.AddMinutes(-20));
        Assert.Equal(HttpStatusCode.Redirect,
            (await Client.SaveAsync(ManagedSettings.Webhook, new Dictionary<string, string> { [WebhookUrl] = receiver.Url })).StatusCode);

        await PassAsync();
        await Outbox.DeliverDueAsync(default);

        Assert.Equal("warning", (string?)Assert.Single(receiver.Received)["kind"]);
    }

    [Fact]
    public async Task Send_a_test_posts_through_the_webhook_channel_without_saving()
    {
        var page = await Forms.ParseAsync(await Client.TestAsync(ManagedSettings.Webhook, new Dictionary<string, string> { [WebhookUrl] = receiver.Url }));

        Assert.Equal("The webhook accepted the test message.", page.TestResult());
        var test = Assert.Single(receiver.Received);
        Assert.Equal("test", (string?)test["kind"]);
        Assert.Equal("PressDesk test message: alerts will arrive here.", (string?)test["text"]);
        Assert.Equal(receiver.Url, page.ShownValue(WebhookUrl));   // still typed, not saved
        Assert.Equal(0, await App.Database.ScalarAsync<long>("SELECT count(*) FROM settings"));
    }

    [Fact]
    public async Task A_failing_webhook_test_says_what_the_receiver_answered()
    {
        receiver.FailNext(1);
        var page = await Forms.ParseAsync(await Client.TestAsync(ManagedSettings.Webhook, new Dictionary<string, string> { [WebhookUrl] = receiver.Url }));

        Assert.Equal("The test failed: The webhook answered 503 Service Unavailable.", page.TestResult());
        Assert.Equal("alert", page.QuerySelector(".test-result")!.GetAttribute("role"));
    }

    [Fact]
    public async Task A_webhook_url_that_is_not_http_is_refused_and_not_saved()
    {
        var page = await Forms.ParseAsync(await Client.SaveAsync(ManagedSettings.Webhook, new Dictionary<string, string> { [WebhookUrl] = "ftp://example.org/hook" }));

        Assert.Contains("must be an absolute http or https address", page.ErrorFor(WebhookUrl));
        Assert.Equal(0, await App.Database.ScalarAsync<long>("SELECT count(*) FROM settings"));
    }

    [Fact]
    public async Task Send_a_test_message_reaches_the_smtp_server()
    {
        var page = await Forms.ParseAsync(await Client.TestAsync(ManagedSettings.Email, Smtp()));

        Assert.Equal("The test message was sent to desk@pressdesk.test.", page.TestResult());
        var message = Assert.Single(smtp.Messages, m => m.To.ToString().Contains("desk@pressdesk.test"));
        Assert.Equal("PressDesk test message", message.Subject);
    }

    [Fact]
    public async Task Smtp_settings_saved_on_the_page_send_the_next_alert_by_email()
    {
        await LogAsync(Now.AddMinutes(-20));
        Assert.Equal(HttpStatusCode.Redirect, (await Client.SaveAsync(ManagedSettings.Email, Smtp("alerts@pressdesk.test"))).StatusCode);

        await PassAsync();
        await Outbox.DeliverDueAsync(default);

        Assert.Contains(smtp.Messages, m => m.To.ToString().Contains("alerts@pressdesk.test"));
    }

    [Fact]
    public async Task An_smtp_server_without_a_sender_is_refused_with_the_start_up_rule()
    {
        var settings = Smtp();
        settings["PressDesk:Alerts:Email:From"] = "";
        var page = await Forms.ParseAsync(await Client.SaveAsync(ManagedSettings.Email, settings));

        Assert.Contains("are required when PressDesk:Alerts:Email:Host is set", page.ErrorFor("PressDesk:Alerts:Email:From"));
        Assert.Equal(0, await App.Database.ScalarAsync<long>("SELECT count(*) FROM settings"));
    }
}
