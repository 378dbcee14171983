using System.Globalization;
using PressDesk.Data;
using PressDesk.Hosting;

namespace PressDesk.Routing;

// One member's routing at a glance, as the Team page lists it. Hours: ["Mon–Fri 09:00–12:30,
// 13:30–18:00", "Sat 10:00–12:00"] in the member's zone (Zone set when it is not PressDesk's own), null for any time.
public sealed record MemberRoutingLine(
    IReadOnlyList<string> Areas, IReadOnlyList<string>? Hours, string? Zone, Presence Presence, DateTimeOffset? AwayUntil, bool IsPressOfficer);

// The Team page's view of routing: who covers what, when they work and whether they can be asked now.
public sealed class TeamRouting(Database database, Roster roster, DisplayTime displayTime, TimeProvider time)
{
    public async Task<IReadOnlyDictionary<long, MemberRoutingLine>> NowAsync(CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        var team = await roster.LoadAsync(connection);
        var now = time.GetUtcNow();
        var ownZone = displayTime.Zone;
        return team.Members.ToDictionary(m => m.UserId, m => new MemberRoutingLine(
            [.. team.AreasOf(m).Select(a => a.Name).Order(StringComparer.CurrentCulture)],
            m.Hours.IsAnyTime ? null : Summary(m.Hours),
            m.Zone.Id == ownZone.Id ? null : m.Zone.Id,
            Availability.Of(m, now),
            m.AwayUntil is { } until && until > now ? until : null,
            m.IsPressOfficer));
    }

    // Consecutive days with the same hours read as one: "Mon–Fri 09:00–18:00", "Sat 10:00–12:00".
    public static IReadOnlyList<string> Summary(WorkingWeek week)
    {
        var days = MemberRouting.Week
            .Select(d => (Day: d, Text: WorkingHoursText.Format(week.Ranges.Where(r => r.Day == d).Select(r => (r.StartMinute, r.EndMinute)))))
            .ToList();
        var groups = new List<(DayOfWeek First, DayOfWeek Last, string Text)>();
        foreach (var (day, text) in days)
        {
            if (text.Length == 0) continue;
            if (groups.Count > 0 && groups[^1].Text == text && MondayFirst(groups[^1].Last) == MondayFirst(day) - 1)
                groups[^1] = (groups[^1].First, day, text);
            else
                groups.Add((day, day, text));
        }
        var names = CultureInfo.CurrentCulture.DateTimeFormat;
        return [.. groups.Select(g => g.First == g.Last
            ? $"{names.GetAbbreviatedDayName(g.First)} {g.Text}"
            : $"{names.GetAbbreviatedDayName(g.First)}–{names.GetAbbreviatedDayName(g.Last)} {g.Text}")];
    }

    private static int MondayFirst(DayOfWeek day) => ((int)day + 6) % 7;
}
