namespace PressDesk.Requests;

// The dashboard's picture of the last 30 days.
public sealed record ResponseSummary(
    int Requests, int Answered, TimeSpan? MedianResponse, TimeSpan? Percentile90Response, double? ShareWithinTarget)
{
    public static readonly TimeSpan Window = TimeSpan.FromDays(30);

    // Share within target counts only requests whose outcome is known: answered, or past target unanswered.
    public static ResponseSummary From(
        IReadOnlyList<(DateTimeOffset ReceivedAt, DateTimeOffset? RespondedAt)> requests, ResponseTimeOptions settings, DateTimeOffset now)
    {
        var readings = requests.Select(r => ResponseClock.Evaluate(r.ReceivedAt, r.RespondedAt, settings, now)).ToList();
        var responseTimes = readings.Where(r => r.ResponseTime is not null).Select(r => r.ResponseTime!.Value).Order().ToList();
        var decided = readings.Count(r => r.State is ClockState.Met or ClockState.Late or ClockState.Overdue);
        var met = readings.Count(r => r.State == ClockState.Met);
        return new ResponseSummary(
            requests.Count,
            responseTimes.Count,
            Median(responseTimes),
            responseTimes.Count == 0 ? null : responseTimes[(int)Math.Ceiling(0.9 * responseTimes.Count) - 1],   // nearest rank
            decided == 0 ? null : (double)met / decided);
    }

    // The median of response times sorted ascending; null when there are none.
    public static TimeSpan? Median(IReadOnlyList<TimeSpan> sorted) => sorted.Count switch
    {
        0 => null,
        var n when n % 2 == 1 => sorted[n / 2],
        var n => (sorted[n / 2 - 1] + sorted[n / 2]) / 2,
    };
}
