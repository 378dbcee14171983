using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using PressDesk.Requests;

namespace PressDesk.Calendar;

// Renders a feed's events as RFC 5545 text with Ical.Net, which escapes commas, semicolons,
// backslashes and newlines in a journalist's name and folds long lines: nothing hand-written.
public sealed class FeedWriter(IStringLocalizer<FeedWriter> L, IOptionsMonitor<ResponseTimeOptions> responseTimes, TimeProvider time)
{
    public static readonly TimeSpan CallbackAlarm = TimeSpan.FromMinutes(10);

    // Run under the member's language (Languages.Use); linkBase is where request links point.
    public string Write(CalendarFeed feed, IReadOnlyList<ServedEvent> events, Uri linkBase)
    {
        var calendar = new Ical.Net.Calendar { ProductId = "-//PressDesk//Calendar feed//EN", Method = "PUBLISH" };
        var name = feed.Scope == FeedScopes.Team ? L["PressDesk: the team"] : L["PressDesk: my requests"];
        calendar.AddProperty("X-WR-CALNAME", name.Value);
        // A hint, which Apple and Outlook follow, to look again every 15 minutes.
        calendar.AddProperty("REFRESH-INTERVAL;VALUE=DURATION", "PT15M");
        calendar.AddProperty("X-PUBLISHED-TTL", "PT15M");
        var stamp = Utc(time.GetUtcNow().ToUnixTimeMilliseconds());
        foreach (var served in events.OrderBy(e => e.StartsAt).ThenBy(e => e.Uid, StringComparer.Ordinal))
            calendar.Events.Add(served.Live is { } live ? Event(live, served.Sequence, stamp, linkBase) : Cancelled(served, stamp));
        return new CalendarSerializer().SerializeToString(calendar)!;
    }

    private CalendarEvent Event(FeedEvent e, int sequence, CalDateTime stamp, Uri linkBase)
    {
        var (journalist, topic) = (Clean(e.Journalist), Clean(e.Topic));
        var who = e.Outlet is null ? journalist : $"{journalist} ({Clean(e.Outlet)})";
        var summary = e.Kind switch
        {
            EventKinds.Deadline => L["Deadline: {0} – {1}", who, topic],
            EventKinds.Callback => L["Call back {0} – {1}", who, topic],
            _ => L["Interview: {0} – {1}", who, topic],
        };
        var link = new Uri(linkBase, $"/requests/{e.RequestId}");
        var lines = new List<string> { topic, who };
        if (!string.IsNullOrWhiteSpace(e.Phone)) lines.Add(L["Phone: {0}", Clean(e.Phone)]);
        if (e.Assignee is not null)
            lines.Add(e.Kind == EventKinds.Callback ? L["Calls back: {0}", Clean(e.Assignee)] : L["Assigned to: {0}", Clean(e.Assignee)]);
        if (!string.IsNullOrWhiteSpace(e.Note)) lines.Add(Clean(e.Note));
        lines.Add(link.ToString());
        var ev = new CalendarEvent
        {
            Uid = e.Uid,
            Sequence = sequence,
            DtStamp = stamp,
            DtStart = Utc(e.StartsAt),
            Summary = summary,
            Description = string.Join('\n', lines),
            Url = link,
            Status = EventStatus.Confirmed,
        };
        if (e.EndsAt > e.StartsAt) ev.DtEnd = Utc(e.EndsAt);   // a deadline is an instant: no DTEND (RFC 5545 3.6.1)
        var lead = e.Kind switch
        {
            EventKinds.Deadline => responseTimes.CurrentValue.DeadlineLead,
            EventKinds.Callback => CallbackAlarm,
            _ => (TimeSpan?)null,
        };
        if (lead is { } before)
            ev.Alarms.Add(new Alarm
            {
                Action = AlarmAction.Display,
                Description = summary,
                Trigger = new Trigger(Duration.FromTimeSpanExact(-before)),
            });
        return ev;
    }

    // Only what the feed kept: calendar apps match it by UID and drop their copy.
    private CalendarEvent Cancelled(ServedEvent e, CalDateTime stamp)
    {
        var ev = new CalendarEvent
        {
            Uid = e.Uid,
            Sequence = e.Sequence,
            DtStamp = stamp,
            DtStart = Utc(e.StartsAt),
            Summary = e.Kind switch
            {
                EventKinds.Deadline => L["Cancelled: journalist's deadline"],
                EventKinds.Callback => L["Cancelled: callback"],
                _ => L["Cancelled: interview"],
            },
            Status = EventStatus.Cancelled,
        };
        if (e.EndsAt > e.StartsAt) ev.DtEnd = Utc(e.EndsAt);
        return ev;
    }

    // ICS text can carry a line break (as \n) but no other control character (RFC 5545 3.3.11):
    // a CR, a NUL or an escape typed into a name goes, every kind of line break becomes one.
    public static string Clean(string text) =>
        new(text.ReplaceLineEndings("\n").Where(c => c is '\n' or '\t' || !char.IsControl(c)).ToArray());

    private static CalDateTime Utc(long unixMs) => new(DateTimeOffset.FromUnixTimeMilliseconds(unixMs).UtcDateTime, CalDateTime.UtcTzId);
}
