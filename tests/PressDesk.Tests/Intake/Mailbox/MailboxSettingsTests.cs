using PressDesk.Tests.Data;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Intake.Mailbox;

public class MailboxSettingsTests
{
    [Theory]
    [InlineData("Username", "", "PressDesk:Intake:Imap:Username is required")]
    [InlineData("Password", "", "PressDesk:Intake:Imap:Password is required")]
    [InlineData("MoveTo", "INBOX", "PressDesk:Intake:Imap:MoveTo must be another folder")]
    [InlineData("PollInterval", "00:00:00", "PressDesk:Intake:Imap:PollInterval must be a positive")]
    public void A_wrong_mailbox_setting_stops_the_start_naming_the_key(string key, string value, string message)
    {
        using var app = new PressDeskApp(settings: new Dictionary<string, string?>
        {
            ["PressDesk:Intake:Imap:Host"] = "127.0.0.1",
            ["PressDesk:Intake:Imap:Username"] = "press",
            ["PressDesk:Intake:Imap:Password"] = "secret",
            [$"PressDesk:Intake:Imap:{key}"] = value,
        });

        Assert.Contains(message, StartupTests.Flatten(Assert.ThrowsAny<Exception>(() => app.CreateClient())));
    }
}
