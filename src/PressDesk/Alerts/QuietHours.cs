using PressDesk.Hosting;

namespace PressDesk.Alerts;

public static class QuietHours
{
    // When a webhook or email alert may go out: now, or the end of the quiet hours now falls in.
    public static DateTimeOffset DeliverAt(QuietHoursOptions hours, DisplayTime time, DateTimeOffset now)
    {
        if (hours.Start is not { } start || hours.End is not { } end || start == end) return now;

        var local = time.ToLocal(now);
        var clock = TimeOnly.FromDateTime(local);
        var overnight = start > end;   // e.g. 22:00–07:00
        var quiet = overnight ? clock >= start || clock < end : clock >= start && clock < end;
        if (!quiet) return now;

        var endDay = overnight && clock >= start ? local.Date.AddDays(1) : local.Date;
        return time.FromLocal(endDay + end.ToTimeSpan());
    }
}
