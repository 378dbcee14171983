namespace PressDesk.Routing;

// A member as routing sees them: what they answer on, when they work, where, and whether they are away.
public sealed record Spokesperson(
    long UserId,
    string Name,
    string Email,
    bool IsPressOfficer,
    IReadOnlyList<long> AreaIds,
    WorkingWeek Hours,
    TimeZoneInfo Zone,
    string HolidayCountry,
    DateTimeOffset? AwayUntil,
    string? AwayNote);
