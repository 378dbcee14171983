namespace PressDesk.Routing;

// One stretch of work on a weekday, in minutes since midnight of the member's own zone (end exclusive).
public sealed record WorkingRange(DayOfWeek Day, int StartMinute, int EndMinute)
{
    public bool Covers(DayOfWeek day, int minute) => day == Day && minute >= StartMinute && minute < EndMinute;
}

// A member's working hours: several ranges a day. No range at all means "works any time",
// so a lone expert who never sets hours is always the one asked.
public sealed record WorkingWeek(IReadOnlyList<WorkingRange> Ranges)
{
    public static WorkingWeek AnyTime { get; } = new([]);

    public bool IsAnyTime => Ranges.Count == 0;

    public bool Covers(DateTime local) =>
        IsAnyTime || Ranges.Any(r => r.Covers(local.DayOfWeek, local.Hour * 60 + local.Minute));
}
