using Dapper;
using PressDesk.Data;
using PressDesk.Requests;

namespace PressDesk.Routing;

// The team's presence now and the open requests whose assignee cannot be asked (away, off hours,
// holiday) or who have nobody: what every dashboard shows and offers. Like the dashboard's list,
// one reading is shared by every dashboard within the same second, and dropped as soon as a
// request changes or a member goes away or comes back.
public sealed class TeamPresence
{
    private readonly Database _database;
    private readonly Roster _roster;
    private readonly RequestLifecycle _requests;
    private readonly TimeProvider _time;
    private long _awayVersion;
    private Snapshot? _last;

    public TeamPresence(Database database, Roster roster, RequestLifecycle requests, Away away, TimeProvider time)
    {
        (_database, _roster, _requests, _time) = (database, roster, requests, time);
        away.Changed += () => Interlocked.Increment(ref _awayVersion);
    }

    public sealed record Member(long UserId, string Name, Presence Presence, DateTimeOffset? AwayUntil);

    // Offered: open requests of members not available now, or of nobody, oldest first.
    public sealed record Snapshot(
        long RequestsVersion, long AwayVersion, long Second, IReadOnlyList<Member> Members, IReadOnlyList<long> Offered)
    {
        public Member? Find(long userId) => Members.FirstOrDefault(m => m.UserId == userId);
    }

    public async Task<Snapshot> NowAsync(CancellationToken ct = default)
    {
        var (version, away, now) = (_requests.Version, Interlocked.Read(ref _awayVersion), _time.GetUtcNow());
        var second = now.ToUnixTimeSeconds();
        if (Volatile.Read(ref _last) is { } last && last.RequestsVersion == version && last.AwayVersion == away && last.Second == second)
            return last;

        await using var connection = await _database.OpenAsync(ct);
        var team = await _roster.LoadAsync(connection);
        var members = team.Members.Select(m => new Member(m.UserId, m.Name, Availability.Of(m, now), m.AwayUntil)).ToList();
        var unavailable = members.Where(m => m.Presence != Presence.Available).Select(m => m.UserId).ToArray();
        // Open requests only, through the partial index on (assigned_to, received_at): no history is read.
        var offered = (await connection.QueryAsync<long>($"""
            SELECT r.id FROM requests r
            WHERE {RequestStatuses.OpenSql} AND (r.assigned_to IS NULL OR r.assigned_to IN @unavailable)
            ORDER BY r.received_at, r.id
            """, new { unavailable })).ToList();
        var snapshot = new Snapshot(version, away, second, members, offered);
        Volatile.Write(ref _last, snapshot);
        return snapshot;
    }
}
