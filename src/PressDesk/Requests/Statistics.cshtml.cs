using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PressDesk.Interviews;

namespace PressDesk.Requests;

public sealed class StatisticsModel(WeeklyResponseTimes weekly, ResponseClock clock, QuotedByResponseTime quoted) : PageModel
{
    public const int Weeks = WeeklyResponseTimes.Count;

    public IReadOnlyList<WeekFigures> Figures { get; private set; } = [];

    public TimeSpan Target => clock.Options.Target;

    // The chart's data, handed to charts.js through a data attribute (the CSP allows no inline script).
    public string ChartJson => JsonSerializer.Serialize(new
    {
        labels = Figures.Select(f => f.WeekStart.ToString("d MMM", CultureInfo.CurrentCulture)),
        median = Figures.Select(f => Minutes(f.Summary.MedianResponse)),
        p90 = Figures.Select(f => Minutes(f.Summary.Percentile90Response)),
        withinTarget = Figures.Select(f => f.Summary.ShareWithinTarget is { } s ? Math.Round(s * 100, 1) : (double?)null),
        targetMinutes = Target.TotalMinutes,
    });

    public IReadOnlyList<QuotedBucket> Quoted { get; private set; } = [];

    // Share of requests that ended quoted, by response-time bucket, for the second chart.
    public string QuotedJson(Func<string, string> label) => JsonSerializer.Serialize(new
    {
        labels = Quoted.Select(b => label(b.Label)),
        share = Quoted.Select(b => b.Share is { } s ? Math.Round(s * 100, 1) : (double?)null),
        requests = Quoted.Select(b => b.Requests),
    });

    public async Task OnGetAsync(CancellationToken ct)
    {
        Figures = await weekly.LastWeeksAsync(ct);
        Quoted = await quoted.ComputeAsync(ct);
    }

    private static double? Minutes(TimeSpan? span) => span is { } s ? Math.Round(s.TotalMinutes, 1) : null;
}
