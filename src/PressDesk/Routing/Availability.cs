namespace PressDesk.Routing;

public enum Presence
{
    Available,
    Away,
    OffHours,
    Holiday,
}

// Can a member be asked now? Away first (it is what they said), then a public holiday of their
// country, then their working hours, all read in their own time zone. Only who is asked depends on
// this: the journalist's clocks never pause.
public static class Availability
{
    public static Presence Of(Spokesperson member, DateTimeOffset at)
    {
        if (member.AwayUntil is { } until && until > at) return Presence.Away;
        var local = TimeZoneInfo.ConvertTime(at, member.Zone).DateTime;
        if (HolidayCalendars.IsHoliday(member.HolidayCountry, DateOnly.FromDateTime(local))) return Presence.Holiday;
        return member.Hours.Covers(local) ? Presence.Available : Presence.OffHours;
    }

    public static bool IsAvailable(Spokesperson member, DateTimeOffset at) => Of(member, at) == Presence.Available;
}
