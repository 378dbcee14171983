using System.Globalization;
using System.Net;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Journalists;

public class MergeTests : AppTest
{
    [Fact]
    public async Task Merging_two_records_keeps_every_request_and_pitch_on_the_kept_one_and_deletes_the_other()
    {
        var (_, kept) = await Api.RequestAsync(Now.AddDays(-20), TimeSpan.FromMinutes(10), name: "Claire Martin");
        await Api.RequestAsync(Now.AddDays(-10), TimeSpan.FromMinutes(20), name: "Claire Martin");
        var (_, removed) = await Api.RequestAsync(Now.AddDays(-5), TimeSpan.FromMinutes(5), name: "C. Martin");
        await Client.SaveJournalistAsync(removed, new Dictionary<string, string> { ["Email"] = "claire@example.org", ["Notes"] = "Same person" });
        await Client.PitchAsync(kept, "Winter outlook", sentAt: Now.AddDays(-40).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture));
        await Client.PitchAsync(removed, "Spring outlook");

        var page = await Client.GetPageAsync($"/journalists/{kept}/merge");
        var response = await Client.PostFormAsync($"/journalists/{kept}/merge", page, new Dictionary<string, string> { ["Other"] = removed.ToString(CultureInfo.InvariantCulture) });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(3, await App.Database.ScalarAsync<long>("SELECT count(*) FROM requests WHERE journalist_id = @kept", new { kept }));
        Assert.Equal(2, await App.Database.ScalarAsync<long>("SELECT count(*) FROM pitches WHERE journalist_id = @kept", new { kept }));
        Assert.Equal(0, await App.Database.ScalarAsync<long>("SELECT count(*) FROM journalists WHERE id = @removed", new { removed }));
        Assert.Equal("claire@example.org", await App.Database.ScalarAsync<string>("SELECT email FROM journalists WHERE id = @kept", new { kept }));
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync($"/journalists/{removed}")).StatusCode);

        var story = await Client.GetPageAsync($"/journalists/{kept}");
        Assert.Equal("3", story.Text("#summary-requests"));
        Assert.Equal(2, story.QuerySelectorAll("#pitch-list tbody tr").Length);
    }

    [Fact]
    public async Task Merging_with_a_record_that_does_not_exist_changes_nothing()
    {
        var (_, kept) = await Api.RequestAsync(Now.AddDays(-2), TimeSpan.FromMinutes(10));

        var page = await Client.GetPageAsync($"/journalists/{kept}/merge");
        var response = await Client.PostFormAsync($"/journalists/{kept}/merge", page, new Dictionary<string, string> { ["Other"] = "999" });

        Assert.Contains("That record no longer exists.", (await Forms.ParseAsync(response)).Text(".errors"));
        Assert.Equal(1, await App.Database.ScalarAsync<long>("SELECT count(*) FROM requests WHERE journalist_id = @kept", new { kept }));
    }
}
