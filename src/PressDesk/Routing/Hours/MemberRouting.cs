using Dapper;
using Microsoft.Extensions.Localization;
using PressDesk.Data;
using PressDesk.Validation;

namespace PressDesk.Routing;

// What a member's routing page sends: Hours by weekday as typed; AnyTime means no hours at all.
// TimeZone null or empty is PressDesk's own zone; HolidayCountry null or empty is "none".
public sealed record RoutingInput(
    IReadOnlyCollection<long> AreaIds, bool AnyTime, IReadOnlyDictionary<DayOfWeek, string?> Hours, string? TimeZone, string? HolidayCountry);

// A member's routing settings as stored. PressOfficer is what routing does: set on them, or they
// are the owner and nobody is set.
public sealed record MemberRoutingSettings(
    long UserId, string Name, bool IsOwner, IReadOnlyList<long> AreaIds, IReadOnlyList<WorkingRange> Hours,
    string? TimeZone, string HolidayCountry, bool PressOfficer);

// The one writer of a member's areas, working hours, zone, holiday country and the press officer
// role: everything is checked first, then written in one transaction, so a bad Tuesday never
// leaves a member with half a week. Changed is raised after the commit.
public sealed class MemberRouting(Database database, IStringLocalizer<MemberRouting> localizer)
{
    // The form's order: a working week starts on Monday.
    public static readonly IReadOnlyList<DayOfWeek> Week =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    public event Action? Changed;

    public static string HoursField(DayOfWeek day) => $"Hours[{day}]";

    public async Task<MemberRoutingSettings?> LoadAsync(long userId, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        var user = await connection.QuerySingleOrDefaultAsync<(long Id, string Name, string Role, string? TimeZone, string HolidayCountry, bool PressOfficer)>("""
            SELECT u.id, coalesce(nullif(trim(u.display_name), ''), u.email), u.role, u.time_zone, u.holiday_country,
                   u.press_officer = 1 OR (u.role = 'Owner' AND NOT EXISTS (SELECT 1 FROM users o WHERE o.press_officer = 1))
            FROM users u WHERE u.id = @userId
            """, new { userId });
        if (user.Id == 0) return null;
        var areas = await connection.QueryAsync<long>("SELECT focus_area_id FROM member_areas WHERE user_id = @userId", new { userId });
        var hours = await connection.QueryAsync<(int Weekday, int Start, int End)>(
            "SELECT weekday, start_minute, end_minute FROM working_hours WHERE user_id = @userId ORDER BY weekday, start_minute", new { userId });
        return new MemberRoutingSettings(user.Id, user.Name, user.Role == Accounts.Roles.Owner, [.. areas],
            [.. hours.Select(h => new WorkingRange((DayOfWeek)h.Weekday, h.Start, h.End))], user.TimeZone, user.HolidayCountry, user.PressOfficer);
    }

    // pressOfficer: null leaves the role as it is (only the owner hands it out).
    public async Task<Validated<MemberRoutingSettings>> SaveAsync(long userId, RoutingInput input, bool? pressOfficer, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        var knownAreas = (await connection.QueryAsync<long>("SELECT id FROM focus_areas", transaction: tx)).ToHashSet();
        var validated = Validate(input, knownAreas);
        if (!validated.IsValid) return Validated.Invalid<MemberRoutingSettings>(validated.Errors);
        var (areas, ranges, zone, country) = validated.Value!;

        var args = new { userId, zone, country, officer = pressOfficer };
        if (pressOfficer == true)   // the unique index allows one: the old one first
            await connection.ExecuteAsync("UPDATE users SET press_officer = 0 WHERE press_officer = 1 AND id <> @userId", args, tx);
        var found = await connection.ExecuteAsync("""
            UPDATE users SET time_zone = @zone, holiday_country = @country, press_officer = coalesce(@officer, press_officer)
            WHERE id = @userId
            """, args, tx);
        if (found == 0) return Validated.Invalid<MemberRoutingSettings>("", localizer["This member no longer exists."]);
        await connection.ExecuteAsync("DELETE FROM member_areas WHERE user_id = @userId", args, tx);
        await connection.ExecuteAsync("INSERT INTO member_areas (user_id, focus_area_id) VALUES (@userId, @areaId)",
            areas.Select(areaId => new { userId, areaId }), tx);
        await connection.ExecuteAsync("DELETE FROM working_hours WHERE user_id = @userId", args, tx);
        await connection.ExecuteAsync("""
            INSERT INTO working_hours (user_id, weekday, start_minute, end_minute) VALUES (@userId, @weekday, @start, @end)
            """, ranges.Select(r => new { userId, weekday = (int)r.Day, start = r.StartMinute, end = r.EndMinute }), tx);
        await tx.CommitAsync(ct);
        Changed?.Invoke();
        return Validated.Valid((await LoadAsync(userId, ct))!);
    }

    private sealed record Cleaned(IReadOnlyList<long> Areas, IReadOnlyList<WorkingRange> Ranges, string? Zone, string Country);

    private Validated<Cleaned> Validate(RoutingInput input, HashSet<long> knownAreas)
    {
        var errors = new FieldErrors(localizer);
        if (input.AreaIds.Any(id => !knownAreas.Contains(id)))
            errors.Add("Areas", "An area chosen no longer exists. Reload the page and choose again.");

        var ranges = new List<WorkingRange>();
        if (!input.AnyTime)
        {
            foreach (var day in Week)
            {
                var text = input.Hours.GetValueOrDefault(day);
                var field = HoursField(day);
                if (text is { Length: > WorkingHoursText.MaxLength })
                {
                    errors.Add(field, "{0}: at most {1} characters.", DayName(day), WorkingHoursText.MaxLength);
                    continue;
                }
                var parsed = WorkingHoursText.Parse(text);
                if (parsed.IsValid) ranges.AddRange(parsed.Ranges.Select(r => new WorkingRange(day, r.Start, r.End)));
                else AddProblem(errors, day, parsed);
            }
            // No hours at all is "works any time" to routing: saying so must be a choice, not an accident.
            if (!errors.Any && ranges.Count == 0)
                errors.Add("Schedule", "Give the hours of at least one day, or choose “Works any time”.");
        }

        var zone = FieldErrors.CleanLine(input.TimeZone);
        if (zone is not null && !TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _))
            errors.Add("TimeZone", "“{0}” is not a time zone PressDesk knows.", zone);
        var country = FieldErrors.CleanLine(input.HolidayCountry)?.ToUpperInvariant() ?? "";
        if (!HolidayCalendars.IsKnown(country))
            errors.Add("HolidayCountry", "PressDesk has no public holidays for “{0}”.", country);

        return errors.Result(() => new Cleaned([.. input.AreaIds.Distinct()], ranges, zone, country));
    }

    private static void AddProblem(FieldErrors errors, DayOfWeek day, DayHours parsed)
    {
        var field = HoursField(day);
        var name = DayName(day);
        switch (parsed.Problem)
        {
            case HoursProblem.NotATime:
                errors.Add(field, "{0}: “{1}” is not a time (write for example 09:00 or 9h30).", name, parsed.Culprit!);
                break;
            case HoursProblem.NotARange:
                errors.Add(field, "{0}: “{1}” is not a range of hours (write for example 09:00–12:30).", name, parsed.Culprit!);
                break;
            case HoursProblem.EndsBeforeStart:
                errors.Add(field, "{0}: {1} ends before it starts (past midnight, end the day at 24:00 and start the next one at 00:00).", name, parsed.Culprit!);
                break;
            default:
                errors.Add(field, "{0}: {1} and {2} overlap.", name, parsed.Culprit!, parsed.Other!);
                break;
        }
    }

    // In the reader's language, capitalised to start a sentence ("mardi" → "Mardi").
    public static string DayName(DayOfWeek day)
    {
        var name = System.Globalization.CultureInfo.CurrentCulture.DateTimeFormat.GetDayName(day);
        return name.Length == 0 ? name : char.ToUpper(name[0], System.Globalization.CultureInfo.CurrentCulture) + name[1..];
    }
}
