using System.Net;
using PressDesk.Tests.Alerts;
using PressDesk.Tests.Infrastructure;
using PressDesk.Tests.Interviews;
using PressDesk.Tests.Journalists;

namespace PressDesk.Tests.Requests;

// Undoing mistakes: a response recorded by mistake is taken back, a request logged by mistake deleted.
public sealed class ReopenAndDeleteTests : AlertTest
{
    [Fact]
    public async Task Reopening_takes_the_response_back_and_fires_no_alert_for_times_already_past()
    {
        var id = await LogAsync(Now.AddMinutes(-40), deadline: Now.AddHours(3));
        await Api.PostJsonAsync($"/api/requests/{id}/response", new { respondedAt = Now.AddMinutes(-38) });
        await PassAsync();
        Assert.Empty(await AlertsAsync());

        var page = await Client.GetPageAsync($"/requests/{id}");
        var response = await Client.PostFormAsync($"/requests/{id}", page, new Dictionary<string, string>(), "Reopen");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await PassAsync();

        var reopened = await Client.GetPageAsync($"/requests/{id}");
        Assert.Equal("New", reopened.Text("#status"));
        Assert.Contains("Reopened", reopened.Text("#corrected"));
        Assert.NotNull(reopened.QuerySelector("#mark-responded"));
        Assert.Equal("Overdue", reopened.QuerySelector(".card.detail")!.GetAttribute("data-state"));
        Assert.NotNull((await Client.GetPageAsync("/")).QuerySelector($"#open-requests [data-request-id='{id}']"));
        Assert.Empty(await AlertsAsync());   // the warning and the breach fell due while it counted as answered

        // What falls due from now on still fires: the deadline alert.
        Time.Advance(TimeSpan.FromHours(3) - new PressDesk.Requests.ResponseTimeOptions().DeadlineLead);
        await PassAsync();
        Assert.Equal(["deadline"], (await AlertsAsync()).Select(a => a.Kind));
    }

    [Fact]
    public async Task A_request_with_an_interview_is_not_reopened()
    {
        var (id, _) = await Api.RequestAsync(Now.AddMinutes(-60), TimeSpan.FromMinutes(10));
        await Client.SaveInterviewAsync(id, "Conversation", Now.AddMinutes(-40), new StatementRow("Prices rise.", "OnRecord"));

        var page = await Client.GetPageAsync($"/requests/{id}");
        Assert.Null(page.QuerySelector("#reopen"));
    }

    [Fact]
    public async Task The_owner_deletes_a_request_logged_by_mistake_after_confirming_and_everything_of_it_goes()
    {
        var id = await LogAsync(Now.AddMinutes(-20));
        await PassAsync();
        await Client.GetPageAsync($"/requests/{id}/prep");   // starts a prep
        var page = await Client.GetPageAsync($"/requests/{id}/delete");

        var refused = await Client.PostFormAsync($"/requests/{id}/delete", page, new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Tick the box", (await Forms.ParseAsync(refused)).Text("[data-valmsg-for='Confirm']"));
        Assert.Equal(1, await App.Database.ScalarAsync<long>("SELECT count(*) FROM requests"));

        var deleted = await Client.PostFormAsync($"/requests/{id}/delete", page, new Dictionary<string, string> { ["Confirm"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync($"/requests/{id}")).StatusCode);
        foreach (var table in new[] { "requests", "alerts", "alert_deliveries", "preps" })
            Assert.Equal(0, await App.Database.ScalarAsync<long>($"SELECT count(*) FROM {table}"));
    }

    [Fact]
    public async Task A_member_cannot_delete_a_request()
    {
        var id = await LogAsync(Now.AddMinutes(-20));
        var team = await Client.GetPageAsync("/team");
        await Client.PostFormAsync("/team", team, new Dictionary<string, string> { ["Email"] = "member@pressdesk.test", ["Password"] = "orchard tide lantern 24" }, "Add");
        var member = await App.CreateSignedInClientAsync("member@pressdesk.test", "orchard tide lantern 24");

        Assert.Null((await member.GetPageAsync($"/requests/{id}")).QuerySelector("#delete"));
        Assert.NotEqual(HttpStatusCode.OK, (await member.GetAsync($"/requests/{id}/delete")).StatusCode);
        Assert.Equal(1, await App.Database.ScalarAsync<long>("SELECT count(*) FROM requests"));
    }
}
