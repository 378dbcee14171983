using PressDesk.Configuration;
using PressDesk.Requests;

namespace PressDesk.Statistics;

public sealed record WeekFigures(DateOnly WeekStart, ResponseSummary Summary);

// The response-time picture per week (weeks start on Monday, in the display time zone).
public sealed class WeeklyResponseTimes(RequestStore requests, ResponseClock clock, DisplayTime time)
{
    public async Task<IReadOnlyList<WeekFigures>> LastWeeksAsync(int weeks, CancellationToken ct = default)
    {
        var now = clock.Now;
        var thisWeek = WeekStart(DateOnly.FromDateTime(time.ToLocal(now)));
        var firstWeek = thisWeek.AddDays(-7 * (weeks - 1));
        var since = time.FromLocal(firstWeek.ToDateTime(TimeOnly.MinValue));

        var byWeek = (await requests.ResponseTimesSinceAsync(since, ct))
            .GroupBy(r => WeekStart(DateOnly.FromDateTime(time.ToLocal(r.ReceivedAt))))
            .ToDictionary(g => g.Key, g => (IReadOnlyList<(DateTimeOffset, DateTimeOffset?)>)g.ToList());

        return Enumerable.Range(0, weeks)
            .Select(i => firstWeek.AddDays(7 * i))
            .Select(week => new WeekFigures(week, ResponseSummary.From(byWeek.GetValueOrDefault(week) ?? [], clock.Options, now)))
            .ToList();
    }

    private static DateOnly WeekStart(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
}
