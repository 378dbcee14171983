namespace PressDesk.Requests;

// Short human durations for pages: "45 s", "12 min", "2 h 05 min", "3 d 4 h", "30 d".
public static class DurationText
{
    // "h", "min" and "s" are the same in both languages; a day is "j" (jour) in French.
    private static string DayUnit => PressDesk.Localization.Languages.IsFrench(System.Globalization.CultureInfo.CurrentUICulture) ? "j" : "d";

    public static string Format(TimeSpan span)
    {
        var d = span.Duration();
        var text = d.TotalMinutes < 1 ? $"{d.Seconds} s"
            : d.TotalHours < 1 ? $"{(int)d.TotalMinutes} min"
            : d.TotalDays < 1 ? $"{(int)d.TotalHours} h {d.Minutes:00} min"
            : d.Hours == 0 ? $"{(int)d.TotalDays} {DayUnit}"
            : $"{(int)d.TotalDays} {DayUnit} {d.Hours} h";
        return span < TimeSpan.Zero ? "-" + text : text;
    }
}
