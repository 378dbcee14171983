using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using PressDesk.Routing;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Routing;

// Alerts go to the person who has the request first: push to their devices only, email to them as
// well as to the configured recipients, the webhook names them, and the "Mine" banners are theirs.
public sealed class EscalationAlertTests(WebPushService service, WebhookReceiver receiver, SmtpListener smtp)
    : EscalationTest(service, new Dictionary<string, string?>
    {
        ["PressDesk:Alerts:Webhook:Url"] = receiver.Url,
        ["PressDesk:Alerts:Email:Host"] = "127.0.0.1",
        ["PressDesk:Alerts:Email:Port"] = smtp.Port.ToString(CultureInfo.InvariantCulture),
        ["PressDesk:Alerts:Email:Security"] = "None",
        ["PressDesk:Alerts:Email:From"] = "PressDesk <pressdesk@example.org>",
        ["PressDesk:Alerts:Email:To"] = "office@example.org",
    }), IClassFixture<WebhookReceiver>, IClassFixture<SmtpListener>
{
    [Fact]
    public async Task An_alert_push_goes_only_to_the_assignees_device_with_its_actions()
    {
        var eve = await DeviceOfAsync("eve");
        var hugo = await DeviceOfAsync("hugo");
        var id = await LogEnergyRequestAsync();
        await App.Services.GetRequiredService<AssignRequest>().AcknowledgeAsync(id, Team.Eve);

        Advance(TimeSpan.FromMinutes(15));
        await DeliverAsync();   // the alert pass, the alert outbox, the push outbox (no escalation pass)

        var warning = Assert.Single(await ArrivedOfKindAsync(eve, "warning"));
        Assert.Equal(id, (long)warning["requestId"]!);
        Assert.Equal(["acknowledge", "away"], warning["actions"]!.AsArray().Select(a => (string?)a!["action"]));
        Assert.StartsWith("/push/actions/", (string?)warning["actionUrl"]);
        Assert.Empty(await ArrivedOfKindAsync(hugo, "warning"));
        // Both had the new request, which anyone may take; only Eve's offers "I'm on it".
        Assert.Null((await ArrivedOfKindAsync(hugo, "new-request")).Single()["actionUrl"]);
        Assert.NotNull((await ArrivedOfKindAsync(eve, "new-request")).Single()["actionUrl"]);
    }

    [Fact]
    public async Task An_alert_of_a_request_escalated_meanwhile_goes_to_its_new_holder()
    {
        var eve = await DeviceOfAsync("eve");
        var hugo = await DeviceOfAsync("hugo");
        var id = await LogEnergyRequestAsync();
        Advance(TimeSpan.FromMinutes(5));
        await EscalateAsync();
        await App.Services.GetRequiredService<AssignRequest>().AcknowledgeAsync(id, Team.Hugo);

        Advance(TimeSpan.FromMinutes(10));
        await DeliverAsync();

        Assert.Single(await ArrivedOfKindAsync(hugo, "warning"));
        Assert.Empty(await ArrivedOfKindAsync(eve, "warning"));
    }

    [Fact]
    public async Task The_webhook_names_the_assignee_and_the_email_goes_to_them_as_well_as_the_configured_recipients()
    {
        var id = await LogEnergyRequestAsync();
        Advance(TimeSpan.FromMinutes(15));
        await DeliverAsync();

        var hook = Assert.Single(receiver.Received, r => (long?)r["requestId"] == id && (string?)r["kind"] == "warning");
        Assert.Equal(Team.Eve, (long)hook["assignee"]!["id"]!);
        Assert.Equal("Eve Durand", (string?)hook["assignee"]!["name"]);

        var mail = Assert.Single(smtp.Messages, m => m.TextBody?.Contains($"/requests/{id}") == true);
        Assert.Equal(["office@example.org"], mail.To.Mailboxes.Select(m => m.Address));
        Assert.Equal(["eve@pressdesk.test"], mail.Cc.Mailboxes.Select(m => m.Address));
    }

    [Fact]
    public async Task The_banners_on_mine_are_the_assignees_and_everyones_shows_them_to_all()
    {
        var id = await LogEnergyRequestAsync();
        Advance(TimeSpan.FromMinutes(15));
        await PassAsync();
        var eve = await SignInAsync("eve");
        var hugo = await SignInAsync("hugo");

        Assert.Single(Banners(await eve.GetPageAsync("/?handler=Alerts&mine=true")), b => b.GetAttribute("data-request-id") == $"{id}");
        Assert.Empty(Banners(await hugo.GetPageAsync("/?handler=Alerts&mine=true")));
        Assert.Single(Banners(await hugo.GetPageAsync("/?handler=Alerts")));
        // The dashboard opens on Mine for a member of a team: Eve's alert is not on Hugo's, until he looks at Everyone's.
        Assert.Single(Banners(await eve.GetPageAsync("/")));
        Assert.Empty(Banners(await hugo.GetPageAsync("/")));
        Assert.Equal("false", (await hugo.GetPageAsync("/?show=all")).QuerySelector("#live-alerts")!.GetAttribute("data-mine"));
        Assert.Single(Banners(await hugo.GetPageAsync("/?show=all")));
    }

    private static IReadOnlyList<AngleSharp.Dom.IElement> Banners(AngleSharp.Dom.IDocument page) =>
        [.. page.QuerySelectorAll("#live-alerts .live-alert")];
}
