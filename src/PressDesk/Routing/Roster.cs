using System.Data.Common;
using Dapper;
using PressDesk.Data;
using PressDesk.Hosting;
using PressDesk.Prep;

namespace PressDesk.Routing;

// The team as routing sees it at one moment: every member with their areas, hours, zone and
// presence, and the team's areas with their keywords. Read on the caller's connection, so a
// request logged in a transaction is routed against what that transaction sees.
public sealed class Roster(DisplayTime displayTime)
{
    public async Task<Team> LoadAsync(DbConnection connection, DbTransaction? tx = null)
    {
        var users = (await connection.QueryAsync<UserRow>("""
            SELECT id AS Id, email AS Email, role AS Role, display_name AS DisplayName, time_zone AS TimeZone,
                   holiday_country AS HolidayCountry, away_until AS AwayUntil, away_note AS AwayNote, press_officer AS PressOfficer
            FROM users ORDER BY id
            """, transaction: tx)).ToList();
        var areasOf = (await connection.QueryAsync<(long UserId, long AreaId)>(
            "SELECT user_id, focus_area_id FROM member_areas", transaction: tx)).ToLookup(x => x.UserId, x => x.AreaId);
        var hoursOf = (await connection.QueryAsync<(long UserId, int Weekday, int StartMinute, int EndMinute)>(
            "SELECT user_id, weekday, start_minute, end_minute FROM working_hours ORDER BY weekday, start_minute", transaction: tx))
            .ToLookup(x => x.UserId, x => new WorkingRange((DayOfWeek)x.Weekday, x.StartMinute, x.EndMinute));
        var areas = (await connection.QueryAsync<(long Id, string Name, string Keywords)>(
            "SELECT id, name, keywords FROM focus_areas ORDER BY id", transaction: tx))
            .Select(a => new FocusArea(a.Id, a.Name, a.Keywords.Split('\n'))).ToList();

        // No member chosen as press officer: the owner is one.
        var officerId = users.FirstOrDefault(u => u.PressOfficer)?.Id ?? users.FirstOrDefault(u => u.Role == Accounts.Roles.Owner)?.Id;
        var members = users.Select(u => new Spokesperson(
            u.Id, string.IsNullOrWhiteSpace(u.DisplayName) ? u.Email : u.DisplayName!, u.Email, u.Id == officerId,
            [.. areasOf[u.Id]], new WorkingWeek([.. hoursOf[u.Id]]), ZoneOf(u.TimeZone), u.HolidayCountry ?? "",
            UnixTime.FromUnixMs(u.AwayUntil), u.AwayNote)).ToList();
        return new Team(members, areas);
    }

    // A zone id that no longer exists on this machine falls back to PressDesk's own zone rather
    // than making a member unroutable.
    private TimeZoneInfo ZoneOf(string? id)
    {
        if (string.IsNullOrWhiteSpace(id)) return displayTime.Zone;
        return TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : displayTime.Zone;
    }

    private sealed class UserRow
    {
        public long Id { get; init; }
        public string Email { get; init; } = "";
        public string Role { get; init; } = "";
        public string? DisplayName { get; init; }
        public string? TimeZone { get; init; }
        public string? HolidayCountry { get; init; }
        public long? AwayUntil { get; init; }
        public string? AwayNote { get; init; }
        public bool PressOfficer { get; init; }
    }
}

public sealed record Team(IReadOnlyList<Spokesperson> Members, IReadOnlyList<FocusArea> Areas)
{
    public Spokesperson? PressOfficer => Members.FirstOrDefault(m => m.IsPressOfficer);

    public Spokesperson? Find(long userId) => Members.FirstOrDefault(m => m.UserId == userId);

    public IReadOnlyList<FocusArea> AreasOf(Spokesperson member) => [.. Areas.Where(a => member.AreaIds.Contains(a.Id))];
}
