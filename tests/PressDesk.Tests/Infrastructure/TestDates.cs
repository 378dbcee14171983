using System.Globalization;

namespace PressDesk.Tests.Infrastructure;

// Form and mail values for instants derived from PressDeskApp.DefaultStart, so that no test
// writes a calendar date of its own. Pages read typed times in the display zone (UTC in tests).
public static class TestDates
{
    // What a datetime-local field holds.
    public static string ToFormValue(this DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    // What an email's Date header holds (RFC 5322).
    public static string ToMailDate(this DateTimeOffset instant) =>
        instant.ToUniversalTime().ToString("ddd, d MMM yyyy HH:mm:ss '+0000'", CultureInfo.InvariantCulture);

    // What a date field holds.
    public static string ToDateValue(this DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
