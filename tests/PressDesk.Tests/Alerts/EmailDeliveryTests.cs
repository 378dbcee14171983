using System.Globalization;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Alerts;

public class EmailDeliveryTests(SmtpListener smtp) : AlertTest(new Dictionary<string, string?>
{
    ["PressDesk:Alerts:Email:Host"] = "127.0.0.1",
    ["PressDesk:Alerts:Email:Port"] = smtp.Port.ToString(CultureInfo.InvariantCulture),
    ["PressDesk:Alerts:Email:Security"] = "None",
    ["PressDesk:Alerts:Email:From"] = "PressDesk <pressdesk@example.org>",
    ["PressDesk:Alerts:Email:To"] = "expert@example.org, office@example.org",
    ["PressDesk:PublicUrl"] = "https://pressdesk.example.org",
}), IClassFixture<SmtpListener>
{
    [Fact]
    public async Task A_breach_alert_arrives_by_smtp()
    {
        var id = await LogAsync(Now.AddMinutes(-31));
        await PassAsync();

        await Outbox.DeliverDueAsync(default);

        var message = Assert.Single(smtp.Messages, m => m.TextBody?.Contains($"/requests/{id}") == true);
        Assert.Equal("PressDesk: Response target missed: Claire Martin (Les Echos)", message.Subject);
        Assert.Equal(["expert@example.org", "office@example.org"], message.To.Mailboxes.Select(m => m.Address));
        Assert.Contains("New energy tariff", message.TextBody);
        Assert.Contains($"https://pressdesk.example.org/requests/{id}", message.TextBody);
        Assert.Equal(("delivered", 1), (await DeliveriesAsync()).Where(d => d.Channel == "email").Select(d => (d.State, d.Attempts)).Single());
    }
}
