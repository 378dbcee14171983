using System.Globalization;
using System.Text.RegularExpressions;

namespace PressDesk.Routing;

public enum HoursProblem { None, NotATime, NotARange, EndsBeforeStart, Overlap }

// One weekday's hours as typed, read: the ranges (minutes since midnight, end exclusive, in order),
// or the first problem with the text that shows it (Other: the second range of an overlap).
public sealed record DayHours(IReadOnlyList<(int Start, int End)> Ranges, HoursProblem Problem = HoursProblem.None,
    string? Culprit = null, string? Other = null)
{
    public bool IsValid => Problem == HoursProblem.None;
}

// A day's working hours as people type them: "09:00–12:30, 13:30–18:00", "9h-12h30 14h-18h",
// "9-12; 14-18". Empty is "not working that day". 24:00 (or 24h) ends a range at midnight; a
// night shift past midnight is two ranges on two days, so an end before its start is an error.
public static partial class WorkingHoursText
{
    public const int MaxLength = 200;

    public static DayHours Parse(string? text)
    {
        var normalized = Dashes().Replace(text ?? "", "-");
        normalized = Words().Replace(normalized, "-");
        normalized = SpacedDash().Replace(normalized, "-");
        var tokens = normalized.Split([',', ';', ' ', '\t', '/', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)
            .Where(t => !t.Equals("et", StringComparison.OrdinalIgnoreCase) && !t.Equals("and", StringComparison.OrdinalIgnoreCase) && t != "&");
        var ranges = new List<(int Start, int End)>();
        foreach (var token in tokens)
        {
            var ends = token.Split('-');
            if (ends.Length != 2 || ends[0].Length == 0 || ends[1].Length == 0) return new([], HoursProblem.NotARange, token);
            if (MinuteOf(ends[0], isEnd: false) is not { } start) return new([], HoursProblem.NotATime, ends[0]);
            if (MinuteOf(ends[1], isEnd: true) is not { } end) return new([], HoursProblem.NotATime, ends[1]);
            if (end <= start) return new([], HoursProblem.EndsBeforeStart, Range(start, end));
            ranges.Add((start, end));
        }
        ranges.Sort();
        for (var i = 1; i < ranges.Count; i++)
            if (ranges[i].Start < ranges[i - 1].End)
                return new([], HoursProblem.Overlap, Range(ranges[i - 1].Start, ranges[i - 1].End), Range(ranges[i].Start, ranges[i].End));
        return new(ranges);
    }

    // How a day reads back in the form and on the Team page: "09:00–12:30, 13:30–18:00".
    public static string Format(IEnumerable<(int Start, int End)> ranges) => string.Join(", ", ranges.Select(r => Range(r.Start, r.End)));

    public static string Range(int start, int end) => $"{Time(start)}–{Time(end)}";

    public static string Time(int minute) => string.Create(CultureInfo.InvariantCulture, $"{minute / 60:00}:{minute % 60:00}");

    // "9", "9h", "9h30", "09:30", "9.30"; 24:00 only as an end (midnight at the end of the day).
    private static int? MinuteOf(string text, bool isEnd)
    {
        var match = TimeOfDay().Match(text);
        if (!match.Success) return null;
        var hour = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        if (minute > 59 || hour > 24 || (hour == 24 && (minute != 0 || !isEnd))) return null;
        return hour * 60 + minute;
    }

    [GeneratedRegex("^(?<h>[0-9]{1,2})(?:[:hH.](?<m>[0-9]{2})?)?$")]
    private static partial Regex TimeOfDay();

    [GeneratedRegex("[\u2010-\u2015\u2212]")]
    private static partial Regex Dashes();

    // "9h à 12h", "9 to 12".
    [GeneratedRegex(@"\s+(?:à|a|to)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Words();

    [GeneratedRegex(@"\s*-\s*")]
    private static partial Regex SpacedDash();
}
