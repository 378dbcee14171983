using PressDesk.Hosting;

namespace PressDesk.Requests;

public sealed record WeekFigures(DateOnly WeekStart, ResponseSummary Summary);

// The response-time picture per week (weeks start on Monday, in the display time zone), for the
// last Count weeks. Shared between views through the figures cache: at a million requests the
// twelve weeks hold over a hundred thousand of them.
public sealed class WeeklyResponseTimes(RequestStore requests, FiguresCache<WeeklyResponseTimes.Weeks> cache, DisplayTime time)
{
    public const int Count = 12;

    public sealed record Weeks(IReadOnlyList<WeekFigures> Figures);

    public async Task<IReadOnlyList<WeekFigures>> LastWeeksAsync(CancellationToken ct = default) =>
        (await cache.GetAsync(async (now, settings) => new Weeks(await ComputeAsync(now, settings, ct)))).Figures;

    private async Task<IReadOnlyList<WeekFigures>> ComputeAsync(DateTimeOffset now, ResponseTimeOptions settings, CancellationToken ct)
    {
        var thisWeek = WeekStart(DateOnly.FromDateTime(time.ToLocal(now)));
        var firstWeek = thisWeek.AddDays(-7 * (Count - 1));
        var since = time.FromLocal(firstWeek.ToDateTime(TimeOnly.MinValue));

        var byWeek = (await requests.ResponseTimesSinceAsync(since, ct))
            .GroupBy(r => WeekStart(DateOnly.FromDateTime(time.ToLocal(r.ReceivedAt))))
            .ToDictionary(g => g.Key, g => (IReadOnlyList<(DateTimeOffset, DateTimeOffset?)>)g.ToList());

        return Enumerable.Range(0, Count)
            .Select(i => firstWeek.AddDays(7 * i))
            .Select(week => new WeekFigures(week, ResponseSummary.From(byWeek.GetValueOrDefault(week) ?? [], settings, now)))
            .ToList();
    }

    private static DateOnly WeekStart(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
}
