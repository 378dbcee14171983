using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Dom;
using PressDesk.Tests.Infrastructure;
using PressDesk.Tests.Journalists;

namespace PressDesk.Tests.Interviews;

// A prepared phrasing found in the pasted article is ticked for the user to confirm, never saved unseen.
public class PublicationPhrasingTests : AppTest
{
    private const string Printed = "Our café network will reopen every site before the summer holidays.";
    private const string NotPrinted = "Every employee keeps their job and their pay.";
    private const string Article = "The chain is confident. « OUR CAFE NETWORK WILL REOPEN EVERY SHOP BEFORE THE SUMMER HOLIDAYS », its spokeswoman said.";

    private async Task<long> PreparedAndAnsweredAsync()
    {
        var (id, _) = await Api.RequestAsync(Now.AddMinutes(-60));
        var prep = await Api.PutAsJsonAsync($"/api/requests/{id}/prep", new
        {
            keyPoints = new[] { new { text = "Reopening", phrasings = new[] { Printed } }, new { text = "Jobs", phrasings = new[] { NotPrinted } } },
            ready = false,
        }, JsonSerializerOptions.Web);
        prep.EnsureSuccessStatusCode();
        (await Api.PostJsonAsync($"/api/requests/{id}/response", new { respondedAt = Now.AddMinutes(-50) })).EnsureSuccessStatusCode();
        return id;
    }

    private async Task<HttpResponseMessage> PostAsync(long id, IDocument page, Dictionary<string, string> extra)
    {
        var fields = new Dictionary<string, string>
        {
            ["Input.Published"] = "true", ["Input.Title"] = "Cafés reopen", ["Input.PublishedOn"] = PressDeskApp.DefaultStart.ToDateValue(),
            ["Input.Quoted"] = "true", ["Input.ArticleText"] = Article,
        };
        foreach (var (k, v) in extra) fields[k] = v;
        return await Client.PostFormAsync($"/requests/{id}/publication", page, fields);
    }

    private static Dictionary<string, string> Hidden(IDocument page, string name) =>
        page.QuerySelectorAll($"input[type=hidden][name='{name}']").Select((e, i) => (e, i))
            .ToDictionary(x => $"{name}[{x.i}]", x => x.e.GetAttribute("value")!);

    private async Task<IReadOnlyList<string>> StoredPhrasingsAsync(long id) =>
        (await App.Database.QueryAsync<string>("SELECT phrasing FROM publication_phrasings WHERE request_id = @id", new { id })).ToList();

    [Fact]
    public async Task A_phrasing_found_with_other_case_no_accents_and_one_word_changed_is_ticked_and_saved_once_confirmed()
    {
        var id = await PreparedAndAnsweredAsync();
        var form = await Client.GetPageAsync($"/requests/{id}/publication");

        var shown = await PostAsync(id, form, []);

        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);   // nothing saved before the user has seen the tick
        Assert.Equal("Responded", (await Client.GetPageAsync($"/requests/{id}")).Text("#status"));
        var page = await Forms.ParseAsync(shown);
        var printed = page.QuerySelectorAll("#phrasings input[type=checkbox]").Single(e => e.GetAttribute("value") == Printed);
        var notPrinted = page.QuerySelectorAll("#phrasings input[type=checkbox]").Single(e => e.GetAttribute("value") == NotPrinted);
        Assert.True(printed.HasAttribute("checked"));
        Assert.False(notPrinted.HasAttribute("checked"));
        Assert.Equal("Found in the article: confirm", page.Text($"#{printed.GetAttribute("aria-describedby")}"));
        Assert.NotNull(page.QuerySelector("#phrasings-found"));

        var confirmed = await PostAsync(id, page, new Dictionary<string, string>(Hidden(page, "Input.Suggested")) { ["Input.Phrasings[0]"] = Printed });

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal([Printed], await StoredPhrasingsAsync(id));
        Assert.Equal("Published", (await Client.GetPageAsync($"/requests/{id}")).Text("#status"));
    }

    [Fact]
    public async Task A_suggestion_the_user_unticks_is_not_saved_nor_suggested_again()
    {
        var id = await PreparedAndAnsweredAsync();
        var shown = await Forms.ParseAsync(await PostAsync(id, await Client.GetPageAsync($"/requests/{id}/publication"), []));

        var saved = await PostAsync(id, shown, Hidden(shown, "Input.Suggested"));   // the tick removed, the suggestion remembered

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Empty(await StoredPhrasingsAsync(id));
    }

    [Fact]
    public async Task A_phrasing_the_user_ticked_is_saved_at_once()
    {
        var id = await PreparedAndAnsweredAsync();

        var saved = await PostAsync(id, await Client.GetPageAsync($"/requests/{id}/publication"), new() { ["Input.Phrasings[0]"] = Printed });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal([Printed], await StoredPhrasingsAsync(id));
    }
}
