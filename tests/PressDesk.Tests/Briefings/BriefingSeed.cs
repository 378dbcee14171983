using System.Net.Http.Json;
using System.Text.Json;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Briefings;

// A request worth a briefing: Claire Martin of Les Echos called twice before (answered in 12 and
// 45 minutes) and now again, with a deadline and a ready prep.
public static class BriefingSeed
{
    public static readonly object[] ThreePoints =
    [
        new { text = "Bills rise in February", phrasings = new[] { "Households will pay 8% more for electricity from the first of February." } },
        new { text = "The poorest are shielded", phrasings = new[] { "The 3 million homes on the social tariff pay nothing extra." } },
        new { text = "Insulation pays back", phrasings = new[] { "Insulating a loft saves 300 euros a year.", "A loft costs less to insulate than one winter of higher bills." } },
    ];

    public static async Task<long> TypicalRequestAsync(HttpClient api, DateTimeOffset now)
    {
        await RequestAsync(api, now.AddDays(-20), "Grid investment plan", answeredAfter: TimeSpan.FromMinutes(12));
        await RequestAsync(api, now.AddDays(-6), "Winter blackouts", answeredAfter: TimeSpan.FromMinutes(45));
        var id = await RequestAsync(api, now.AddMinutes(-10), "The new energy tariff", deadline: now.AddHours(3));
        var saved = await api.PutAsJsonAsync($"/api/requests/{id}/prep", new { keyPoints = ThreePoints, ready = true }, JsonSerializerOptions.Web);
        saved.EnsureSuccessStatusCode();
        return id;
    }

    public static async Task<long> RequestAsync(
        HttpClient api, DateTimeOffset receivedAt, string topic, TimeSpan? answeredAfter = null, DateTimeOffset? deadline = null,
        string name = "Claire Martin", string outlet = "Les Echos", string question = "Will households pay more this winter?")
    {
        var created = await api.PostJsonAsync("/api/requests", new
        {
            journalist = new { name, outlet },
            topic,
            question,
            channel = "phone",
            receivedAt,
            deadline,
        });
        created.EnsureSuccessStatusCode();
        var id = (long)(await created.JsonAsync())["id"]!;
        if (answeredAfter is { } after)
            (await api.PostJsonAsync($"/api/requests/{id}/response", new { respondedAt = receivedAt + after })).EnsureSuccessStatusCode();
        return id;
    }
}
