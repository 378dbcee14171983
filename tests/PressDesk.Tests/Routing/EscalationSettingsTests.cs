using Microsoft.Extensions.Time.Testing;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Routing;

// PressDesk:Escalation:AcknowledgeWithin is read, and a value that is not a positive time span
// stops the start with a message naming the key.
public sealed class EscalationSettingsTests(WebPushService service)
    : EscalationTest(service, new Dictionary<string, string?> { ["PressDesk:Escalation:AcknowledgeWithin"] = "00:02:00" })
{
    [Fact]
    public async Task A_two_minute_setting_escalates_at_two_minutes()
    {
        var id = await LogEnergyRequestAsync();
        Assert.Equal(Tuesday10.AddMinutes(2), await EscalateAsync());

        Advance(TimeSpan.FromMinutes(2) - TimeSpan.FromMilliseconds(1));
        await EscalateAsync();
        Assert.Equal(Team.Eve, await Team.AssigneeAsync(id));

        Advance(TimeSpan.FromMilliseconds(1));
        await EscalateAsync();
        Assert.Equal(Team.Hugo, await Team.AssigneeAsync(id));
    }
}

public sealed class EscalationBadSettingTests
{
    [Theory]
    [InlineData("00:00:00")]
    [InlineData("-00:05:00")]
    public async Task A_setting_that_is_not_positive_stops_the_start_naming_the_key(string value)
    {
        await using var app = new PressDeskApp(time: new FakeTimeProvider(PressDeskApp.DefaultStart),
            settings: new Dictionary<string, string?> { ["PressDesk:Escalation:AcknowledgeWithin"] = value });

        var refused = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains("PressDesk:Escalation:AcknowledgeWithin must be a positive time span", refused.ToString());
    }
}
