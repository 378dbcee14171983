using PressDesk.Tests.Infrastructure;
using PressDesk.Tests.Journalists;

namespace PressDesk.Tests.Interviews;

// Publication dates are calendar days where the user lives (the display time zone), not UTC days.
public class PublicationDateTests() : AppTest(new Dictionary<string, string?> { ["PressDesk:TimeZone"] = "America/New_York" })
{
    [Fact]
    public async Task A_same_evening_publication_behind_utc_is_accepted()
    {
        // 20:00 in New York on 28 November is already 29 November in UTC.
        Time.Advance(TimeSpan.FromHours(12));   // 02:05 UTC on the 29th
        var receivedAt = new DateTimeOffset(Now.Date.AddDays(1).AddHours(1), TimeSpan.Zero);   // 01:00 UTC on the 29th
        var (request, _) = await Api.RequestAsync(receivedAt, TimeSpan.FromMinutes(10));

        await Client.SavePublicationAsync(request, "Evening piece", quoted: true, article: "");

        Assert.Equal("Published", (await Client.GetPageAsync($"/requests/{request}")).Text("#status"));
    }
}
