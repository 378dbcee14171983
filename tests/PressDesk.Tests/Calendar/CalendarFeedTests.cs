using AngleSharp.Dom;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Calendar;

// A member's feed holds exactly their journalist deadlines, callbacks and interviews, each with a
// stable UID, a link to the request and an alarm before deadlines and callbacks, and reads the
// same in Ical.Net and in ical.js; the owner's team feed holds everyone's.
public sealed class CalendarFeedTests : CalendarTest
{
    [Fact]
    public async Task A_members_feed_holds_exactly_their_deadlines_callbacks_and_interviews_and_parses_with_both_parsers()
    {
        var energy = await LogAsync("New energy tariff", TimeSpan.FromHours(3));          // Eve's
        var health = await LogAsync("Hospital waiting lists", TimeSpan.FromHours(4));     // Hugo's
        var callback = await CallbackAsync(energy, Team.Eve, Tuesday.AddHours(1), "Has the winter figures");
        await InterviewAsync(energy, Tuesday.AddHours(2), TimeSpan.FromMinutes(45));
        await CallbackAsync(health, Team.Hugo, Tuesday.AddHours(1));

        var ics = await FetchAsync(await AddressAsync(await SignInAsync("eve")));
        var calendar = Ical.Net.Calendar.Load(ics)!;

        var uids = new[] { $"deadline-{energy}@pressdesk", $"callback-{callback}@pressdesk", $"interview-{energy}@pressdesk" };
        Assert.Equal(uids.Order(), calendar.Events.Select(e => e.Uid!).Order());
        var deadline = calendar.Events.Single(e => e.Uid == uids[0]);
        Assert.Equal("Deadline: Claire Martin (Les Echos) – New energy tariff", deadline.Summary);
        Assert.Equal(Tuesday.AddHours(3).UtcDateTime, deadline.DtStart!.AsUtc);
        Assert.Equal(new Uri($"http://localhost/requests/{energy}"), deadline.Url);
        Assert.Contains($"http://localhost/requests/{energy}", deadline.Description);
        Assert.Contains("Assigned to: Eve Durand", deadline.Description);
        Assert.Equal(0, deadline.Sequence);
        Assert.Equal("CONFIRMED", deadline.Status);
        Assert.Equal(TimeSpan.FromMinutes(-30), Assert.Single(deadline.Alarms).Trigger!.Duration!.Value.ToTimeSpanUnspecified());
        var call = calendar.Events.Single(e => e.Uid == uids[1]);
        Assert.Equal("Call back Claire Martin (Les Echos) – New energy tariff", call.Summary);
        Assert.Equal(Tuesday.AddHours(1).AddMinutes(15).UtcDateTime, call.DtEnd!.AsUtc);
        Assert.Contains("Has the winter figures", call.Description);
        Assert.Equal(TimeSpan.FromMinutes(-10), Assert.Single(call.Alarms).Trigger!.Duration!.Value.ToTimeSpanUnspecified());
        var interview = calendar.Events.Single(e => e.Uid == uids[2]);
        Assert.Equal(Tuesday.AddHours(2).AddMinutes(45).UtcDateTime, interview.DtEnd!.AsUtc);
        Assert.Empty(interview.Alarms);
        Assert.DoesNotContain(calendar.Events, e => e.Uid!.Contains($"-{health}@", StringComparison.Ordinal));

        // The second parser, independent of the library that wrote the feed, reads the same events.
        var parsed = await IcalJs.ParseAsync(ics);
        Assert.Equal("PressDesk: my requests", parsed.Name);
        Assert.Equal(uids.Order(), parsed.Events.Select(e => e.Uid).Order());
        foreach (var e in calendar.Events)
        {
            var other = parsed.Events.Single(p => p.Uid == e.Uid);
            Assert.Equal(e.Summary, other.Summary);
            Assert.Equal(e.Description, other.Description);
            Assert.Equal(e.DtStart!.AsUtc, other.Start.UtcDateTime);
            Assert.Equal(e.Sequence, other.Sequence);
        }
        Assert.Equal(["-PT30M"], parsed.Events.Single(p => p.Uid == uids[0]).Alarms);
        Assert.Equal(["-PT10M"], parsed.Events.Single(p => p.Uid == uids[1]).Alarms);
        Assert.Equal(Tuesday.AddHours(3), parsed.Events.Single(p => p.Uid == uids[0]).End);   // an instant: ends as it starts
    }

    [Fact]
    public async Task The_owners_team_feed_holds_everyones_events_and_their_own_feed_only_theirs()
    {
        var energy = await LogAsync("New energy tariff", TimeSpan.FromHours(3));
        var health = await LogAsync("Hospital waiting lists", TimeSpan.FromHours(4));
        var page = await Client.GetPageAsync("/account");
        var mine = page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#calendar-url-mine")!.Value;
        var team = page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#calendar-url-team")!.Value;
        Assert.NotEqual(mine, team);

        var teamFeed = await FeedAsync(team);
        Assert.Equal([$"deadline-{energy}@pressdesk", $"deadline-{health}@pressdesk"], teamFeed.Events.Select(e => e.Uid!).Order());
        Assert.Contains("Assigned to: Hugo Petit", teamFeed.Events.Single(e => e.Uid == $"deadline-{health}@pressdesk").Description);
        Assert.Empty((await FeedAsync(mine)).Events);   // the owner has nothing assigned
        Assert.Equal("PressDesk: the team", (await IcalJs.ParseAsync(await FetchAsync(team))).Name);
    }

    [Fact]
    public async Task A_member_has_no_team_feed()
    {
        var hugo = await SignInAsync("hugo");
        var page = await hugo.GetPageAsync("/account");
        Assert.NotNull(page.QuerySelector("#calendar-url-mine"));
        Assert.Null(page.QuerySelector("#calendar-url-team"));
        Assert.Equal(0, await App.Database.ScalarAsync<long>("SELECT count(*) FROM calendar_feeds WHERE user_id = @Hugo AND scope = 'team'", new { Team.Hugo }));
    }

    [Fact]
    public async Task A_member_reading_French_gets_the_feed_in_French()
    {
        await App.Database.ExecuteAsync("UPDATE users SET language = 'fr' WHERE id = @Eve", new { Team.Eve });
        await LogAsync("New energy tariff", TimeSpan.FromHours(3));
        var calendar = await FeedAsync(await AddressAsync(await SignInAsync("eve")));
        Assert.Equal("Bouclage : Claire Martin (Les Echos) – New energy tariff", Assert.Single(calendar.Events).Summary);
        Assert.Contains("Attribuée à : Eve Durand", calendar.Events.First().Description!);
    }
}
