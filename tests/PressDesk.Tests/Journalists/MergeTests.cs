using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using PressDesk.Tests.Infrastructure;
using PressDesk.Tests.Interviews;

namespace PressDesk.Tests.Journalists;

public class MergeTests : AppTest
{
    // Step 1: pick the other record; the page answers with what would move.
    private async Task<HttpResponseMessage> PickAsync(long kept, string other)
    {
        var page = await Client.GetPageAsync($"/journalists/{kept}/merge");
        return await Client.PostFormAsync($"/journalists/{kept}/merge", page, new Dictionary<string, string> { ["Other"] = other });
    }

    private async Task<IDocument> PreviewAsync(long kept, long removed)
    {
        var response = await PickAsync(kept, removed.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await Forms.ParseAsync(response);
    }

    // Step 2: the preview's Merge button, with the fields its form carries.
    private async Task<HttpResponseMessage> ConfirmAsync(long kept, IDocument preview)
    {
        var fields = preview.QuerySelectorAll("#merge-preview input[type=hidden]")
            .Where(input => input.GetAttribute("name") != "__RequestVerificationToken")
            .ToDictionary(input => input.GetAttribute("name")!, input => input.GetAttribute("value") ?? "");
        return await Client.PostFormAsync($"/journalists/{kept}/merge", preview, fields);
    }

    private async Task<long> CountAsync(string sql, object parameters) => await App.Database.ScalarAsync<long>(sql, parameters);

    [Fact]
    public async Task Merging_two_records_keeps_every_request_and_pitch_on_the_kept_one_and_deletes_the_other()
    {
        var (_, kept) = await Api.RequestAsync(Now.AddDays(-20), TimeSpan.FromMinutes(10), name: "Claire Martin");
        await Api.RequestAsync(Now.AddDays(-10), TimeSpan.FromMinutes(20), name: "Claire Martin");
        var (_, removed) = await Api.RequestAsync(Now.AddDays(-5), TimeSpan.FromMinutes(5), name: "C. Martin");
        await Client.SaveJournalistAsync(removed, new Dictionary<string, string> { ["Email"] = "claire@example.org", ["Notes"] = "Same person" });
        await Client.PitchAsync(kept, "Winter outlook", sentAt: Now.AddDays(-40).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture));
        await Client.PitchAsync(removed, "Spring outlook");

        var response = await ConfirmAsync(kept, await PreviewAsync(kept, removed));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(3, await CountAsync("SELECT count(*) FROM requests WHERE journalist_id = @kept", new { kept }));
        Assert.Equal(2, await CountAsync("SELECT count(*) FROM pitches WHERE journalist_id = @kept", new { kept }));
        Assert.Equal(0, await CountAsync("SELECT count(*) FROM journalists WHERE id = @removed", new { removed }));
        Assert.Equal("claire@example.org", await App.Database.ScalarAsync<string>("SELECT email FROM journalists WHERE id = @kept", new { kept }));
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync($"/journalists/{removed}")).StatusCode);

        var story = await Client.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Equal("3", story.Text("#summary-requests"));
        Assert.Equal(2, story.QuerySelectorAll("#pitch-list tbody tr").Length);
        Assert.Equal("Merged: 1 request and 1 pitch moved to this record.", story.Text("#merged"));
    }

    [Fact]
    public async Task Picking_the_other_record_shows_what_would_move_and_changes_nothing()
    {
        var (_, kept) = await Api.RequestAsync(Now.AddDays(-20), TimeSpan.FromMinutes(10), name: "Claire Martin");
        var (interviewed, removed) = await Api.RequestAsync(Now.AddDays(-5), TimeSpan.FromMinutes(5), name: "C. Martin");
        await Api.RequestAsync(Now.AddDays(-4), TimeSpan.FromMinutes(5), name: "C. Martin");
        await Client.SaveInterviewAsync(interviewed, "Conversation", Now.AddDays(-5).AddMinutes(30),
            new StatementRow("Tariffs rise by 4%.", "OnRecord", Quote: true), new StatementRow("The board is split.", "Background", Agreement: "Yes"));
        await Client.SavePublicationAsync(interviewed, "Tariffs rise", quoted: true, "Tariffs rise by 4%.");
        await Client.SaveJournalistAsync(removed, new Dictionary<string, string> { ["Email"] = "claire@example.org", ["Phone"] = "01 23 45 67 89" });
        await Client.PitchAsync(removed, "Spring outlook");

        var preview = await PreviewAsync(kept, removed);

        Assert.Equal("2", preview.Text("#moving-requests"));
        Assert.Equal("1", preview.Text("#moving-pitches"));
        Assert.Equal("2", preview.Text("#moving-statements"));
        Assert.Equal("1", preview.Text("#moving-publications"));
        Assert.Equal("Blank here, filled from the other record: Email, Phone.", preview.Text("#filled"));
        Assert.Equal($"/journalists/{kept}", preview.QuerySelector("#cancel-merge")!.GetAttribute("href"));
        Assert.Equal(2, await CountAsync("SELECT count(*) FROM requests WHERE journalist_id = @removed", new { removed }));
        Assert.Equal(1, await CountAsync("SELECT count(*) FROM pitches WHERE journalist_id = @removed", new { removed }));
        Assert.Null(await App.Database.ScalarAsync<string>("SELECT email FROM journalists WHERE id = @kept", new { kept }));

        var response = await ConfirmAsync(kept, preview);

        var story = await Client.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Equal("Merged: 2 requests, 1 pitch, 2 statements and 1 publication moved to this record.", story.Text("#merged"));
        Assert.Equal(2, await CountAsync(
            "SELECT count(*) FROM statements s JOIN requests r ON r.id = s.request_id WHERE r.journalist_id = @kept", new { kept }));
        Assert.Equal("01 23 45 67 89", await App.Database.ScalarAsync<string>("SELECT phone FROM journalists WHERE id = @kept", new { kept }));
    }

    [Fact]
    public async Task Merging_a_record_with_nothing_on_it_says_so()
    {
        var (_, kept) = await Api.RequestAsync(Now.AddDays(-2), TimeSpan.FromMinutes(10));
        var removed = await Client.CreateJournalistAsync(new Dictionary<string, string> { ["Name"] = "C. Martin" });

        var preview = await PreviewAsync(kept, removed);
        Assert.Equal("0", preview.Text("#moving-requests"));
        Assert.Equal("No blank field here is filled from the other record.", preview.Text("#filled"));
        var response = await ConfirmAsync(kept, preview);

        var story = await Client.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Equal("Merged: nothing else to move; the other record is removed.", story.Text("#merged"));
        Assert.Equal(0, await CountAsync("SELECT count(*) FROM journalists WHERE id = @removed", new { removed }));
        Assert.Null((await Client.GetPageAsync($"/journalists/{kept}")).QuerySelector("#merged"));
    }

    [Fact]
    public async Task Without_the_confirmation_both_records_stay()
    {
        var (_, kept) = await Api.RequestAsync(Now.AddDays(-2), TimeSpan.FromMinutes(10), name: "Claire Martin");
        var (_, removed) = await Api.RequestAsync(Now.AddDays(-1), TimeSpan.FromMinutes(10), name: "C. Martin");

        await PreviewAsync(kept, removed);
        var again = await PreviewAsync(kept, removed);

        Assert.NotNull(again.QuerySelector("#confirm-merge"));
        Assert.Equal(2, await CountAsync("SELECT count(*) FROM journalists WHERE id IN (@kept, @removed)", new { kept, removed }));
        Assert.Equal(1, await CountAsync("SELECT count(*) FROM requests WHERE journalist_id = @removed", new { removed }));
    }

    [Fact]
    public async Task Merging_with_a_record_that_does_not_exist_changes_nothing()
    {
        var (_, kept) = await Api.RequestAsync(Now.AddDays(-2), TimeSpan.FromMinutes(10));

        var response = await PickAsync(kept, "999");

        var page = await Forms.ParseAsync(response);
        Assert.Contains("That record no longer exists.", page.Text(".errors"));
        Assert.Null(page.QuerySelector("#confirm-merge"));
        Assert.Equal(1, await CountAsync("SELECT count(*) FROM requests WHERE journalist_id = @kept", new { kept }));
    }

    [Fact]
    public async Task A_record_merged_elsewhere_before_the_confirmation_is_refused_and_nothing_changes()
    {
        var (_, kept) = await Api.RequestAsync(Now.AddDays(-3), TimeSpan.FromMinutes(10), name: "Claire Martin");
        var (_, removed) = await Api.RequestAsync(Now.AddDays(-2), TimeSpan.FromMinutes(10), name: "C. Martin");
        var (_, third) = await Api.RequestAsync(Now.AddDays(-1), TimeSpan.FromMinutes(10), name: "Claire M.");
        var preview = await PreviewAsync(kept, removed);
        await ConfirmAsync(third, await PreviewAsync(third, removed));

        var response = await ConfirmAsync(kept, preview);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("That record no longer exists.", (await Forms.ParseAsync(response)).Text(".errors"));
        Assert.Equal(1, await CountAsync("SELECT count(*) FROM requests WHERE journalist_id = @kept", new { kept }));
        Assert.Equal(2, await CountAsync("SELECT count(*) FROM requests WHERE journalist_id = @third", new { third }));
    }

    [Fact]
    public async Task A_record_cannot_be_merged_with_itself_at_either_step()
    {
        var (_, kept) = await Api.RequestAsync(Now.AddDays(-2), TimeSpan.FromMinutes(10));
        var page = await Client.GetPageAsync($"/journalists/{kept}/merge");
        var self = kept.ToString(CultureInfo.InvariantCulture);

        var picked = await Forms.ParseAsync(await PickAsync(kept, self));
        var confirmed = await Forms.ParseAsync(await Client.PostFormAsync($"/journalists/{kept}/merge", page,
            new Dictionary<string, string> { ["Other"] = self, ["Confirm"] = "true" }));

        Assert.Contains("A record cannot be merged with itself.", picked.Text(".errors"));
        Assert.Contains("A record cannot be merged with itself.", confirmed.Text(".errors"));
        Assert.Equal(1, await CountAsync("SELECT count(*) FROM journalists WHERE id = @kept", new { kept }));
    }
}
