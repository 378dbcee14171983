using System.Data.Common;
using Dapper;
using PressDesk.Prep;
using PressDesk.Requests;

namespace PressDesk.Routing;

// Who should answer a request: the available member whose own areas match it best (the same
// triage as the prep page, over that member's areas); on a tie the one with fewest open requests,
// then the longest-standing member. Nobody available matches: the press officer, available or not,
// because somebody must have it.
public sealed class Router(Roster roster)
{
    public async Task<RouteChoice?> ChooseAsync(
        DbConnection connection, DbTransaction? tx, string topic, string question, DateTimeOffset now, IReadOnlySet<long> exclude)
    {
        var team = await roster.LoadAsync(connection, tx);
        var ranked = await RankAsync(connection, tx, team, topic, question, now, exclude);
        if (ranked.Count > 0) return ranked[0];
        return team.PressOfficer is { } officer && !exclude.Contains(officer.UserId)
            ? new RouteChoice(officer.UserId, officer.Name, AssignmentEvents.Fallback, null)
            : null;
    }

    // Every available matching member, best first (the press officer is not added: see ChooseAsync).
    public async Task<IReadOnlyList<RouteChoice>> CandidatesAsync(
        DbConnection connection, DbTransaction? tx, string topic, string question, DateTimeOffset now, IReadOnlySet<long> exclude) =>
        await RankAsync(connection, tx, await roster.LoadAsync(connection, tx), topic, question, now, exclude);

    private static async Task<IReadOnlyList<RouteChoice>> RankAsync(
        DbConnection connection, DbTransaction? tx, Team team, string topic, string question, DateTimeOffset now, IReadOnlySet<long> exclude)
    {
        var matches = team.Members
            .Where(m => !exclude.Contains(m.UserId) && Availability.IsAvailable(m, now))
            .Select(m => (Member: m, Triage: Triage.Of(topic, question, team.AreasOf(m))))
            .Where(x => x.Triage.Verdict == TriageVerdict.InScope)
            .ToList();
        if (matches.Count == 0) return [];
        var load = (await connection.QueryAsync<(long UserId, int Open)>($"""
            SELECT r.assigned_to, count(*) FROM requests r
            WHERE {RequestStatuses.OpenSql} AND r.assigned_to IS NOT NULL GROUP BY r.assigned_to
            """, transaction: tx)).ToDictionary(x => x.UserId, x => x.Open);
        return matches
            .OrderByDescending(x => x.Triage.Matched.Count)
            .ThenBy(x => load.GetValueOrDefault(x.Member.UserId))
            .ThenBy(x => x.Member.UserId)
            .Select(x => new RouteChoice(x.Member.UserId, x.Member.Name, AssignmentEvents.Routed, x.Triage.Area!.Name))
            .ToList();
    }
}

// Event: routed (matched Area) or fallback (the press officer).
public sealed record RouteChoice(long UserId, string Name, string Event, string? Area);
