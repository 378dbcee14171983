using Microsoft.Extensions.Time.Testing;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Prep;

public class PrepOptionsTests
{
    [Theory]
    [InlineData("00:10:00", "00:05:00", "PressDesk:Prep:TargetMax must be at least PressDesk:Prep:TargetMin")]
    [InlineData("00:00:00", "00:15:00", "PressDesk:Prep:TargetMin must be a positive")]
    public void Wrong_prep_timer_settings_stop_the_start_naming_the_key(string min, string max, string message)
    {
        using var app = new PressDeskApp(settings: new Dictionary<string, string?>
        {
            ["PressDesk:Prep:TargetMin"] = min,
            ["PressDesk:Prep:TargetMax"] = max,
        });

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains(message, Messages(error));
    }

    [Fact]
    public async Task The_prep_timer_window_comes_from_configuration()
    {
        await using var app = new PressDeskApp(time: new FakeTimeProvider(PressDeskApp.DefaultStart), settings: new Dictionary<string, string?>
        {
            ["PressDesk:Prep:TargetMin"] = "00:05:00",
            ["PressDesk:Prep:TargetMax"] = "00:08:00",
        });
        var client = await app.CreateSignedInClientAsync();
        var id = (long)(await (await app.CreateApiClient().PostJsonAsync("/api/requests", ApiClient.Claire(PressDeskApp.DefaultStart))).JsonAsync())["id"]!;

        var page = await client.GetPageAsync($"/requests/{id}/prep");

        Assert.Equal("300000", page.QuerySelector("#prep-timer")!.GetAttribute("data-min"));
        Assert.Equal("target 5–8 min", page.Text("#prep-timer .target"));
    }

    private static string Messages(Exception e) =>
        e is AggregateException aggregate
            ? string.Join(" | ", aggregate.InnerExceptions.Select(Messages).Prepend(e.Message))
            : e.InnerException is null ? e.Message : $"{e.Message} | {Messages(e.InnerException)}";
}
