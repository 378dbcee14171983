using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PressDesk.Routing;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Calendar;

// How calendar apps learn what changed: the same UID whatever happens, a higher SEQUENCE when the
// event itself changes (and only then), and STATUS:CANCELLED, with a higher SEQUENCE, when the
// event leaves the feed — the request closed or deleted, or handed to someone else.
public sealed class FeedSequenceTests : CalendarTest
{
    [Fact]
    public async Task UIDs_and_SEQUENCEs_stay_the_same_when_unrelated_data_changes()
    {
        var energy = await LogAsync("New energy tariff", TimeSpan.FromHours(3));
        var health = await LogAsync("Hospital waiting lists", TimeSpan.FromHours(4));
        await CallbackAsync(energy, Team.Eve, Tuesday.AddHours(1));
        // Eve is on it, and the clock moves less than the warning: escalation would hand it on otherwise.
        Assert.Equal(AssignOutcome.Done, await App.Services.GetRequiredService<AssignRequest>().AcknowledgeAsync(energy, Team.Eve));
        var address = await AddressAsync(await SignInAsync("eve"));
        var before = Versions(await FeedAsync(address));

        await CorrectAsync(health, new() { ["Input.Topic"] = "Hospital waiting lists in winter" });   // Hugo's
        await LogAsync("Hospital beds", TimeSpan.FromHours(5));
        await FeedAsync((await AddressAsync(Client, "team")));   // the team feed reads the same UIDs meanwhile
        Time.Advance(TimeSpan.FromMinutes(10));

        var after = Versions(await FeedAsync(address));
        Assert.Equal(before, after);
        Assert.All(after.Values, v => Assert.Equal((0, "CONFIRMED"), v));
    }

    [Fact]
    public async Task Editing_a_deadline_keeps_the_UID_with_a_higher_SEQUENCE_in_every_feed()
    {
        var energy = await LogAsync("New energy tariff", TimeSpan.FromHours(3));
        var eve = await AddressAsync(await SignInAsync("eve"));
        var team = await AddressAsync(Client, "team");
        var uid = $"deadline-{energy}@pressdesk";
        Assert.Equal(0, (await FeedAsync(eve)).Events.Single(e => e.Uid == uid).Sequence);
        await FeedAsync(team);

        var later = Tuesday.AddHours(5);
        var edited = await CorrectAsync(energy, new() { ["Input.Deadline"] = later.UtcDateTime.ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);

        var moved = (await FeedAsync(eve)).Events.Single(e => e.Uid == uid);
        Assert.Equal(1, moved.Sequence);
        Assert.Equal(later.UtcDateTime, moved.DtStart!.AsUtc);
        Assert.Equal(1, (await FeedAsync(team)).Events.Single(e => e.Uid == uid).Sequence);
        Assert.Equal(1, (await FeedAsync(eve)).Events.Single(e => e.Uid == uid).Sequence);   // read again: no change, no bump
        Assert.Equal(1, (await IcalJs.ParseAsync(await FetchAsync(eve))).Events.Single(e => e.Uid == uid).Sequence);
    }

    [Fact]
    public async Task A_request_answered_is_cancelled_with_a_higher_SEQUENCE_and_leaves_the_feed_after_thirty_days()
    {
        var energy = await LogAsync("New energy tariff", TimeSpan.FromHours(3));
        var eve = await AddressAsync(await SignInAsync("eve"));
        await FeedAsync(eve);

        (await Api.PostJsonAsync($"/api/requests/{energy}/response", new { })).EnsureSuccessStatusCode();

        var uid = $"deadline-{energy}@pressdesk";
        Assert.Equal((1, "CANCELLED"), Versions(await FeedAsync(eve))[uid]);
        Assert.Equal("CANCELLED", (await IcalJs.ParseAsync(await FetchAsync(eve))).Events.Single(e => e.Uid == uid).Status);
        Time.Advance(TimeSpan.FromDays(29));
        Assert.Equal((1, "CANCELLED"), Versions(await FeedAsync(eve))[uid]);
        Time.Advance(TimeSpan.FromDays(2));
        Assert.Empty((await FeedAsync(eve)).Events);
    }

    [Fact]
    public async Task A_deleted_request_takes_its_events_out_as_cancelled()
    {
        var energy = await LogAsync("New energy tariff", TimeSpan.FromHours(3));
        var callback = await CallbackAsync(energy, Team.Eve, Tuesday.AddHours(1));
        await InterviewAsync(energy, Tuesday.AddHours(2), TimeSpan.FromMinutes(30));
        var eve = await AddressAsync(await SignInAsync("eve"));
        await FeedAsync(eve);

        var page = await Client.GetPageAsync($"/requests/{energy}/delete");
        Assert.Equal(HttpStatusCode.Redirect, (await Client.PostFormAsync($"/requests/{energy}/delete", page, new Dictionary<string, string> { ["Confirm"] = "true" })).StatusCode);

        var feed = await FeedAsync(eve);
        Assert.Equal(
            new Dictionary<string, (int, string?)>
            {
                [$"deadline-{energy}@pressdesk"] = (1, "CANCELLED"),
                [$"callback-{callback}@pressdesk"] = (1, "CANCELLED"),
                [$"interview-{energy}@pressdesk"] = (1, "CANCELLED"),
            },
            Versions(feed));
        Assert.All(feed.Events, e => Assert.DoesNotContain("Claire", e.Summary));   // nothing of the journalist is kept
    }

    [Fact]
    public async Task A_request_handed_to_someone_else_is_cancelled_in_the_old_assignees_feed_and_comes_back_higher()
    {
        var energy = await LogAsync("New energy tariff", TimeSpan.FromHours(3));
        var eve = await AddressAsync(await SignInAsync("eve"));
        var hugo = await AddressAsync(await SignInAsync("hugo"));
        await FeedAsync(eve);
        var assign = App.Services.GetRequiredService<AssignRequest>();
        var ownerId = await App.Database.ScalarAsync<long>("SELECT id FROM users WHERE role = 'Owner'");
        var uid = $"deadline-{energy}@pressdesk";

        await assign.ReassignAsync(energy, Team.Hugo, ownerId);
        Assert.Equal("CANCELLED", Versions(await FeedAsync(eve))[uid].Status);
        var handed = (await FeedAsync(hugo)).Events.Single(e => e.Uid == uid);
        Assert.Equal("CONFIRMED", handed.Status);
        Assert.Contains("Assigned to: Hugo Petit", handed.Description);

        await assign.ReassignAsync(energy, Team.Eve, ownerId);
        var cancelled = Versions(await FeedAsync(hugo))[uid];
        var back = Versions(await FeedAsync(eve))[uid];
        Assert.Equal("CANCELLED", cancelled.Status);
        Assert.Equal("CONFIRMED", back.Status);
        Assert.True(back.Sequence > 1, $"Back in Eve's feed with SEQUENCE {back.Sequence}, not above the CANCELLED one it served (1).");
    }

    [Fact]
    public async Task Calendar_apps_polling_at_once_after_a_change_all_get_the_same_new_SEQUENCE()
    {
        var energy = await LogAsync("New energy tariff", TimeSpan.FromHours(3));
        var eve = await AddressAsync(await SignInAsync("eve"));
        var team = await AddressAsync(Client, "team");
        await FeedAsync(eve);
        await CorrectAsync(energy, new() { ["Input.Topic"] = "New energy tariff for households" });

        var readings = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => FeedAsync(i % 2 == 0 ? eve : team)));
        Assert.All(readings, feed => Assert.Equal(1, feed.Events.Single(e => e.Uid == $"deadline-{energy}@pressdesk").Sequence));
    }

    [Fact]
    public async Task A_cancelled_callback_is_cancelled_in_the_feed_and_a_done_one_stays()
    {
        var energy = await LogAsync("New energy tariff", TimeSpan.FromHours(3));
        var cancelled = await CallbackAsync(energy, Team.Eve, Tuesday.AddHours(1));
        var done = await CallbackAsync(energy, Team.Eve, Tuesday.AddMinutes(30));
        var eve = await AddressAsync(await SignInAsync("eve"));
        await FeedAsync(eve);

        await App.Database.ExecuteAsync("UPDATE scheduled_callbacks SET state = 'cancelled' WHERE id = @cancelled", new { cancelled });
        await App.Database.ExecuteAsync("UPDATE scheduled_callbacks SET state = 'done' WHERE id = @done", new { done });
        var versions = Versions(await FeedAsync(eve));
        Assert.Equal((1, "CANCELLED"), versions[$"callback-{cancelled}@pressdesk"]);
        Assert.Equal((0, "CONFIRMED"), versions[$"callback-{done}@pressdesk"]);
    }

    private async Task<HttpResponseMessage> CorrectAsync(long id, Dictionary<string, string> changes)
    {
        var page = await Client.GetPageAsync($"/requests/{id}/edit");
        var fields = new Dictionary<string, string>();
        foreach (var field in page.QuerySelectorAll("form.form [name^='Input.']"))
        {
            var name = field.GetAttribute("name")!;
            fields[name] = field is AngleSharp.Html.Dom.IHtmlTextAreaElement area ? area.Value
                : field is AngleSharp.Html.Dom.IHtmlSelectElement select ? select.Value ?? ""
                : field.GetAttribute("value") ?? "";
        }
        foreach (var (key, value) in changes) fields[key] = value;
        return await Client.PostFormAsync($"/requests/{id}/edit", page, fields);
    }
}
