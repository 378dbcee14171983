namespace PressDesk.Journalists;

public enum PitchWarning
{
    // A new pitch within the cooldown of the last one.
    Cooldown,
    // A follow-up after one follow-up already went unanswered.
    SecondFollowUp,
}

public sealed record OpenRequestRef(long Id, string Topic);

public sealed record PitchVerdict(
    IReadOnlyList<OpenRequestRef> OpenRequests,
    IReadOnlyList<PitchWarning> Warnings,
    DateTimeOffset? LastPitchAt,
    DateTimeOffset ReasonableFrom)
{
    // A journalist waiting for our answer is not pitched: answer the request instead.
    public bool Blocked => OpenRequests.Count > 0;

    public bool Quiet => !Blocked && Warnings.Count == 0;
}

// "Never harass journalists": after a pitch, wait the cooldown before the next one; within it,
// one follow-up on an unanswered pitch is fine, a second one is not. Past the cooldown since the
// last pitch, the guard is quiet.
public static class PitchGuard
{
    private static readonly TimeSpan OneMinute = TimeSpan.FromMinutes(1);

    public static PitchVerdict Evaluate(
        IReadOnlyList<Pitch> pitches, IReadOnlyList<OpenRequestRef> openRequests, bool followUp, TimeSpan cooldown, DateTimeOffset at)
    {
        // Times are typed to the minute: a pitch logged at 14:05:37 is "earlier" than one typed as 14:05,
        // so confirming a warned pitch a few seconds after the minute turned keeps its warning.
        var earlier = pitches.Where(p => p.SentAt <= at + OneMinute).OrderByDescending(p => p.SentAt).ThenByDescending(p => p.Id).ToList();
        var last = earlier.FirstOrDefault();
        var reasonableFrom = last is null ? at : Max(at, last.SentAt + cooldown);
        var warnings = new List<PitchWarning>();

        if (last is not null && at < last.SentAt + cooldown)
        {
            if (!followUp)
            {
                warnings.Add(PitchWarning.Cooldown);
            }
            else
            {
                // The unanswered run since the last answer: one follow-up in it is allowed, a second is not.
                var unansweredFollowUps = earlier.TakeWhile(p => p.Outcome == PitchOutcome.NoAnswer).Count(p => p.IsFollowUp);
                if (unansweredFollowUps >= 1) warnings.Add(PitchWarning.SecondFollowUp);
            }
        }
        return new PitchVerdict(openRequests, warnings, last?.SentAt, reasonableFrom);
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
