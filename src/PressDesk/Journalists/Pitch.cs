using PressDesk.Requests;

namespace PressDesk.Journalists;

public enum PitchOutcome
{
    NoAnswer,
    Answered,
    Declined,
    Covered,
}

public sealed record Pitch(
    long Id,
    long JournalistId,
    DateTimeOffset SentAt,
    Channel Channel,
    string Subject,
    bool IsFollowUp,
    PitchOutcome Outcome,
    bool GuardOverridden,
    string? GuardWarnings);

public sealed record NewPitch(DateTimeOffset SentAt, Channel Channel, string Subject, bool IsFollowUp);

public static class PitchOutcomes
{
    public static string Label(this PitchOutcome outcome) => outcome switch
    {
        PitchOutcome.NoAnswer => "No answer yet",
        PitchOutcome.Answered => "Answered",
        PitchOutcome.Declined => "Declined",
        PitchOutcome.Covered => "Covered",
        _ => outcome.ToString(),
    };
}
