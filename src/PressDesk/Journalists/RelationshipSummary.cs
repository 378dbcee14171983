using PressDesk.Requests;

namespace PressDesk.Journalists;

// One request of the journalist's history, as the relationship story shows it.
public sealed record RequestLine(
    long Id, string Topic, Channel Channel, DateTimeOffset ReceivedAt, RequestStatus Status, DateTimeOffset? RespondedAt);

// Publications and quotes come from the interview ledger; until it records them this is null.
public sealed record PublicationTally(int Publications, int Quoted, int Leaks = 0);

public enum HealthFactor { AnsweredWithinTarget, MissedDeadlines, LastContact, UnansweredPitches, Quoted }

public enum HealthTone { Good, Watch, Unknown }

public sealed record HealthIngredient(HealthFactor Factor, HealthTone Tone);

// The "bon client" record with one journalist, computed from the data. Response figures use the
// same rules as the dashboard (ResponseClock and ResponseSummary), over the whole history.
public sealed record RelationshipSummary(
    ResponseSummary Responses,
    int AnsweredWithinTarget,
    int Decided,
    int MissedDeadlines,
    PublicationTally? Publications,
    DateTimeOffset? LastContact,
    int DaysSinceLastContact,
    int Pitches,
    int UnansweredPitches,
    string? Interest)
{
    // The thresholds behind each tone, shown beside the ingredients on the page.
    public const double GoodShareWithinTarget = 0.8;
    public const int ColdAfterDays = 90;
    public const int UnansweredPitchesWatch = 2;

    public static RelationshipSummary From(
        IReadOnlyList<RequestLine> requests,
        IReadOnlyList<Pitch> pitches,
        PublicationTally? publications,
        string? beat,
        ResponseTimeOptions settings,
        DateTimeOffset now)
    {
        var times = requests.Select(r => (r.ReceivedAt, r.RespondedAt)).ToList();
        var readings = times.Select(t => ResponseClock.Evaluate(t.ReceivedAt, t.RespondedAt, settings, now)).ToList();
        var lastContact = requests.Select(r => (DateTimeOffset?)r.ReceivedAt)
            .Concat(pitches.Select(p => (DateTimeOffset?)p.SentAt))
            .Max();
        return new RelationshipSummary(
            ResponseSummary.From(times, settings, now),
            readings.Count(r => r.State == ClockState.Met),
            readings.Count(r => r.State is ClockState.Met or ClockState.Late or ClockState.Overdue),
            requests.Count(r => r.Status == RequestStatus.Missed),
            publications,
            lastContact,
            lastContact is { } last ? (int)Math.Floor((now - last).TotalDays) : 0,
            pitches.Count,
            pitches.Count(p => p.Outcome == PitchOutcome.NoAnswer),
            beat ?? MostAskedTopic(requests));
    }

    public IReadOnlyList<HealthIngredient> Health =>
    [
        new(HealthFactor.AnsweredWithinTarget,
            Decided == 0 ? HealthTone.Unknown
            : AnsweredWithinTarget >= GoodShareWithinTarget * Decided ? HealthTone.Good : HealthTone.Watch),
        new(HealthFactor.MissedDeadlines, MissedDeadlines == 0 ? HealthTone.Good : HealthTone.Watch),
        new(HealthFactor.LastContact,
            LastContact is null ? HealthTone.Unknown
            : DaysSinceLastContact < ColdAfterDays ? HealthTone.Good : HealthTone.Watch),
        new(HealthFactor.UnansweredPitches, UnansweredPitches < UnansweredPitchesWatch ? HealthTone.Good : HealthTone.Watch),
        new(HealthFactor.Quoted,
            Publications is not { Publications: > 0 } p ? HealthTone.Unknown
            : p.Quoted > 0 ? HealthTone.Good : HealthTone.Watch),
    ];

    // The topic asked most often; among equals, the most recent.
    private static string? MostAskedTopic(IReadOnlyList<RequestLine> requests) =>
        requests
            .GroupBy(r => r.Topic, StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(g => g.Count())
            .ThenByDescending(g => g.Max(r => r.ReceivedAt))
            .Select(g => g.First().Topic)
            .FirstOrDefault();
}
