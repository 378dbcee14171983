using Microsoft.Extensions.DependencyInjection;
using PressDesk.Calendar;
using PressDesk.Data;
using PressDesk.Prep;
using PressDesk.Requests;
using PressDesk.Routing;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Routing;

// Issue 21's "done when": three spokespeople with different areas and hours run a week of
// requests, minute by minute on the fake clock, with meetings in the middle of it. Each member
// says "I'm on it" two minutes after a request reaches them and answers ten minutes later (before the 15-minute warning), but
// only while they are available; the press officer always does. The week must show that nobody
// was asked for a request that was not theirs, that no request went unanswered because its
// assignee was away, and that each deadline was in its assignee's calendar all along.
public sealed class TeamWeekTests() : AppTest(backgroundWorkers: false)
{
    private static readonly TimeSpan OnItAfter = TimeSpan.FromMinutes(2), AnswerAfter = TimeSpan.FromMinutes(10);

    private SeededTeam _team = null!;
    private long _ana;
    private readonly Dictionary<long, string> _feeds = [];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _team = await SeededTeam.CreateAsync(App, Client);
        // Hugo (health) works Tuesday to Saturday 08:00–16:00; Ana (energy and transport) Monday to
        // Thursday 12:00–20:00 from Brussels, with Belgian holidays; Eve keeps office hours.
        await App.Database.ExecuteAsync("DELETE FROM working_hours WHERE user_id = @Hugo", new { _team.Hugo });
        foreach (var day in Enumerable.Range(2, 5)) await AddHoursAsync(_team.Hugo, day, 8 * 60, 16 * 60);
        _ana = await SeededTeam.AddMemberAsync(App, Client, "ana@pressdesk.test", "Ana Lefèvre");
        var energy = await App.Database.ScalarAsync<long>("SELECT id FROM focus_areas WHERE name = 'Énergie'");
        var transport = await SeededTeam.AddAreaAsync(App, "Transports", "train\nrail\nSNCF");
        await SeededTeam.CoverAsync(App, _ana, energy);
        await SeededTeam.CoverAsync(App, _ana, transport);
        foreach (var day in Enumerable.Range(1, 4)) await AddHoursAsync(_ana, day, 12 * 60, 20 * 60);
        await App.Database.ExecuteAsync("UPDATE users SET time_zone = 'Europe/Brussels', holiday_country = 'BE' WHERE id = @_ana", new { _ana });

        var tokens = App.Services.GetRequiredService<FeedTokens>();
        foreach (var member in Members) _feeds[member] = await tokens.IssueAsync(member, FeedScopes.Mine, default);
    }

    private IEnumerable<long> Members => [_team.Eve, _team.Hugo, _ana, _team.Oscar];

    private async Task AddHoursAsync(long userId, int weekday, int start, int end) => await App.Database.ExecuteAsync(
        "INSERT INTO working_hours (user_id, weekday, start_minute, end_minute) VALUES (@userId, @weekday, @start, @end)",
        new { userId, weekday, start, end });

    [Fact]
    public async Task A_week_of_requests_reaches_only_the_right_people_is_all_answered_and_is_in_their_calendars()
    {
        var monday = SeededTeam.Paris(2026, 12, 7, 7);
        var arrivals = Arrivals(monday);
        var meetings = new List<(DateTimeOffset From, long Who, DateTimeOffset Until)>
        {
            (SeededTeam.Paris(2026, 12, 8, 10), _team.Eve, SeededTeam.Paris(2026, 12, 8, 11, 30)),
            (SeededTeam.Paris(2026, 12, 9, 14), _ana, SeededTeam.Paris(2026, 12, 9, 16)),
            (SeededTeam.Paris(2026, 12, 10, 9), _team.Hugo, SeededTeam.Paris(2026, 12, 10, 10, 30)),
        };
        var services = App.Services;
        var (escalation, assign, respond, away, roster, database) = (services.GetRequiredService<EscalationWorker>(),
            services.GetRequiredService<AssignRequest>(), services.GetRequiredService<RespondToRequest>(),
            services.GetRequiredService<Away>(), services.GetRequiredService<Roster>(), services.GetRequiredService<Database>());

        Time.SetUtcNow(monday);
        var end = SeededTeam.Paris(2026, 12, 12, 23);
        DateTimeOffset? nextEscalation = null;
        long lastStep = 0;
        var requests = new Dictionary<long, string>();
        var changed = true;
        for (var now = monday; now <= end; now = now.AddMinutes(1))
        {
            Time.SetUtcNow(now);
            foreach (var meeting in meetings.Where(m => m.From == now))
                Assert.Equal(AwayOutcome.Done, await away.SetAsync(meeting.Who, meeting.Until, "Comité", default));
            changed |= meetings.Any(m => m.From == now || m.Until == now);
            foreach (var (at, topic) in arrivals.Where(a => a.At == now))
            {
                var response = await Api.PostJsonAsync("/api/requests", ApiClient.Claire(now, now.AddHours(3), topic));
                requests[(long)(await response.JsonAsync())["id"]!] = topic;
                changed = true;
            }
            changed |= await ActAsync(now, assign, respond, roster, database);
            if (changed || now >= nextEscalation)
            {
                nextEscalation = await escalation.RunPassAsync(default);
                lastStep = await CheckNewStepsAsync(lastStep, now, roster, database);
                changed = false;
            }
        }

        var outcome = await App.Database.QueryAsync<(long Id, long? RespondedAt, long Deadline)>(
            "SELECT id, responded_at, deadline FROM requests ORDER BY id");
        Assert.Equal(requests.Count, outcome.Count);
        Assert.True(outcome.Count > 50, $"{outcome.Count} requests");
        Assert.All(outcome, r => Assert.True(r.RespondedAt is { } at && at <= r.Deadline, $"request {r.Id} unanswered by its deadline"));

        // The week went through every path: routed, given to the press officer, escalated because an
        // assignee was away, because nobody said "I'm on it" in time and because the warning came.
        var reasons = (await App.Database.QueryAsync<string>(
            "SELECT DISTINCT event || ':' || coalesce(reason, '') FROM request_assignments")).ToHashSet();
        Assert.Superset(new HashSet<string> { "routed:Énergie", "routed:Santé", "routed:Transports", "fallback:", "escalated:away", "escalated:warning" }, reasons);

        // Closed requests leave the calendars as cancelled events.
        foreach (var member in Members)
            Assert.All(await FeedAsync(member), e => Assert.Equal("CANCELLED", e.Status));
    }

    // Requests every 97 minutes from 07:00 to 22:00, Monday to Saturday, on energy, health, transport
    // and something nobody covers; plus two energy requests just before Eve's Tuesday meeting: one
    // she is on when she leaves (its warning moves it on), one she has not seen (moved on at once).
    private static List<(DateTimeOffset At, string Topic)> Arrivals(DateTimeOffset monday)
    {
        string[] topics = ["Energy tariff in January", "Hospital waiting lists", "SNCF rail strike", "Museum opening hours"];
        var arrivals = new List<(DateTimeOffset, string)>();
        for (var day = 0; day < 6; day++)
        {
            var (first, n) = (monday.AddDays(day), 0);
            for (var at = first; at < first.AddHours(15); at = at.AddMinutes(97), n++)
                arrivals.Add((at, topics[(day + n) % topics.Length]));
        }
        arrivals.Add((SeededTeam.Paris(2026, 12, 8, 9, 50), "Energy prices for households"));
        arrivals.Add((SeededTeam.Paris(2026, 12, 8, 9, 59), "Electricity grid and energy"));
        return arrivals;
    }

    // What each assignee does now: "I'm on it" two minutes after the request reached them, the
    // response ten minutes after that — only while available (the press officer always is).
    private static async Task<bool> ActAsync(DateTimeOffset now, AssignRequest assign, RespondToRequest respond, Roster roster, Database database)
    {
        await using var connection = await database.OpenAsync();
        var team = await roster.LoadAsync(connection);
        var open = await Dapper.SqlMapper.QueryAsync<(long Id, long AssignedTo, long AssignedAt, long? AcknowledgedAt)>(connection, $"""
            SELECT r.id, r.assigned_to, r.assigned_at, r.acknowledged_at FROM requests r
            WHERE {RequestStatuses.AnswerableSql} AND r.assigned_to IS NOT NULL
            """);
        var acted = false;
        foreach (var request in open)
        {
            var member = team.Find(request.AssignedTo)!;
            if (!member.IsPressOfficer && !Availability.IsAvailable(member, now)) continue;
            if (request.AcknowledgedAt is null && now >= UnixTime.FromUnixMs(request.AssignedAt) + OnItAfter)
            {
                Assert.Equal(AssignOutcome.Done, await assign.AcknowledgeAsync(request.Id, member.UserId));
                acted = true;
            }
            else if (request.AcknowledgedAt is { } onIt && now >= UnixTime.FromUnixMs(onIt) + AnswerAfter)
            {
                Assert.IsType<RespondResult.Recorded>(await respond.HandleAsync(request.Id, new ResponseInput { RespondedAt = now }));
                acted = true;
            }
        }
        return acted;
    }

    // Every hand-over made by PressDesk since the last look went to someone whose areas match and
    // who was available then, or to the press officer; and the request's deadline is in the new
    // assignee's calendar and no longer live in the previous one's.
    private async Task<long> CheckNewStepsAsync(long after, DateTimeOffset now, Roster roster, Database database)
    {
        await using var connection = await database.OpenAsync();
        var team = await roster.LoadAsync(connection);
        var steps = (await Dapper.SqlMapper.QueryAsync<(long Id, long RequestId, long UserId, string Event, string Topic, string Question)>(connection, """
            SELECT a.id, a.request_id, a.user_id, a.event, r.topic, r.question FROM request_assignments a
            JOIN requests r ON r.id = a.request_id WHERE a.id > @after AND a.by_user_id IS NULL AND a.event <> 'acknowledged' ORDER BY a.id
            """, new { after })).ToList();
        foreach (var step in steps)
        {
            var member = team.Find(step.UserId)!;
            if (!member.IsPressOfficer)
            {
                Assert.True(Availability.IsAvailable(member, now), $"{member.Name} was asked for request {step.RequestId} at {now:O} while {Availability.Of(member, now)}");
                Assert.Equal(TriageVerdict.InScope, Triage.Of(step.Topic, step.Question, team.AreasOf(member)).Verdict);
            }
            var previous = await Dapper.SqlMapper.QueryAsync<long>(connection,
                "SELECT DISTINCT user_id FROM request_assignments WHERE request_id = @RequestId AND id < @Id AND user_id <> @UserId",
                new { step.RequestId, step.Id, step.UserId });
            var uid = $"deadline-{step.RequestId}@pressdesk";
            Assert.Contains(await FeedAsync(step.UserId), e => e.Uid == uid && e.Status != "CANCELLED");
            foreach (var earlier in previous)
                Assert.DoesNotContain(await FeedAsync(earlier), e => e.Uid == uid && e.Status != "CANCELLED");
        }
        return steps.Count > 0 ? steps[^1].Id : after;
    }

    private async Task<IReadOnlyList<Ical.Net.CalendarComponents.CalendarEvent>> FeedAsync(long member)
    {
        using var anonymous = App.CreateClient();
        var ics = await anonymous.GetStringAsync($"/calendar/{_feeds[member]}.ics");
        return [.. Ical.Net.Calendar.Load(ics)!.Events.Where(e => e.Uid!.StartsWith("deadline-", StringComparison.Ordinal))];
    }
}
