using PublicHoliday;

namespace PressDesk.Routing;

// The countries whose public holidays PressDesk knows (the PublicHoliday package), by ISO 3166
// alpha-2 code. A member's holiday country makes those days off, whatever their working hours say.
public static class HolidayCalendars
{
    private static readonly IReadOnlyDictionary<string, IPublicHolidays> Calendars =
        new Dictionary<string, IPublicHolidays>(StringComparer.OrdinalIgnoreCase)
        {
            ["FR"] = new FrancePublicHoliday(),
            ["BE"] = new BelgiumPublicHoliday(),
            ["CH"] = new SwitzerlandPublicHoliday(),
            ["LU"] = new LuxembourgPublicHoliday(),
            ["CA"] = new CanadaPublicHoliday(),
            ["DE"] = new GermanPublicHoliday(),
            ["ES"] = new SpainPublicHoliday(),
            ["IT"] = new ItalyPublicHoliday(),
            ["PT"] = new PortugalPublicHoliday(),
            ["NL"] = new DutchPublicHoliday(),
            ["IE"] = new IrelandPublicHoliday(),
            ["AT"] = new AustriaPublicHoliday(),
            ["US"] = new USAPublicHoliday(),
        };

    public const string Default = "FR";

    // '' is "no public holidays": someone who works through them.
    public static IReadOnlyList<string> Supported { get; } = [.. Calendars.Keys.Order(StringComparer.Ordinal)];

    public static bool IsKnown(string? country) => string.IsNullOrEmpty(country) || Calendars.ContainsKey(country);

    public static bool IsHoliday(string? country, DateOnly day) =>
        !string.IsNullOrEmpty(country) && Calendars.TryGetValue(country, out var calendar)
        && calendar.IsPublicHoliday(day.ToDateTime(TimeOnly.MinValue));
}
