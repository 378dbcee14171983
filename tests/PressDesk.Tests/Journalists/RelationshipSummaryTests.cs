using System.Globalization;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Journalists;

public class RelationshipSummaryTests() : AppTest(Seed.LongSessions)
{
    // Seven requests over two months: six answered within the 30-minute target, one after it;
    // and a pitch twelve days ago.
    private async Task<long> SeedHistoryAsync()
    {
        long journalist = 0;
        var minutes = new[] { 5, 10, 12, 15, 20, 25, 45 };
        for (var i = 0; i < minutes.Length; i++)
        {
            var topic = i < 4 ? "Energy prices" : "Grid investment";
            (_, journalist) = await Api.RequestAsync(Now.AddDays(-60 + i * 7), TimeSpan.FromMinutes(minutes[i]), topic: topic);
        }
        var pitch = await Client.PitchAsync(journalist, "Our winter outlook", sentAt: Now.AddDays(-12).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture));
        Assert.Equal(System.Net.HttpStatusCode.Redirect, pitch.StatusCode);
        return journalist;
    }

    [Fact]
    public async Task The_journalist_page_summarises_a_seeded_history_with_the_dashboards_rules()
    {
        var id = await SeedHistoryAsync();

        var page = await Client.GetPageAsync($"/journalists/{id}");

        Assert.Equal("7", page.Text("#summary-requests"));
        Assert.Equal("15 min", page.Text("#summary-median"));
        Assert.Equal("86%", page.Text("#summary-share").Replace(" ", ""));
        Assert.Equal("no publications recorded", page.Text("#summary-publications"));
        Assert.Equal("Mon 16 Nov 2026, 14:05", page.Text("#summary-last-contact"));
        Assert.Equal(
            "Asks about Energy prices; you answered 6 of 7 requests within 30 min; no publications recorded.",
            Squash(page.Text("#relationship-sentence")));
        Assert.Equal(7, page.QuerySelectorAll("#request-list tbody tr").Length);
        Assert.Equal(6, page.QuerySelectorAll("#request-list tr[data-state=Met]").Length);
        Assert.Equal("answered in 45 min, after target", page.Text("#request-list tr[data-state=Late] [data-clock]"));
    }

    [Fact]
    public async Task Relationship_health_lists_each_ingredient_with_its_value_and_mark()
    {
        var id = await SeedHistoryAsync();

        var health = (await Client.GetPageAsync($"/journalists/{id}")).QuerySelectorAll("#health li")
            .ToDictionary(li => li.GetAttribute("data-factor")!, li => (Tone: li.GetAttribute("data-tone"), Value: li.QuerySelector(".value")!.TextContent.Trim()));

        Assert.Equal(("Good", "6/7"), health["AnsweredWithinTarget"]);
        Assert.Equal(("Good", "0"), health["MissedDeadlines"]);
        Assert.Equal(("Good", "12 days ago"), health["LastContact"]);
        Assert.Equal(("Good", "1"), health["UnansweredPitches"]);
        Assert.Equal(("Unknown", "no publications recorded"), health["Quoted"]);
    }

    [Fact]
    public async Task The_beat_names_the_interest_and_time_moves_the_figures_on()
    {
        var id = await SeedHistoryAsync();
        await Client.SaveJournalistAsync(id, new Dictionary<string, string> { ["Beat"] = "energy policy" });
        await Api.RequestAsync(Now.AddMinutes(-40));   // unanswered, past target: counts as not within target

        Time.Advance(TimeSpan.FromDays(100));
        var page = await Client.GetPageAsync($"/journalists/{id}");

        Assert.StartsWith("Asks about energy policy; you answered 6 of 8 requests within 30 min;", Squash(page.Text("#relationship-sentence")));
        Assert.Equal("Watch", page.QuerySelector("#health li[data-factor=AnsweredWithinTarget]")!.GetAttribute("data-tone"));
        Assert.Equal("100 days ago", page.Text("#health li[data-factor=LastContact] .value"));
        Assert.Equal("Watch", page.QuerySelector("#health li[data-factor=LastContact]")!.GetAttribute("data-tone"));
    }

    private static string Squash(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
