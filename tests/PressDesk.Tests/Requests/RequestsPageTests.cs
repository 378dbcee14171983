using System.Globalization;
using System.Net;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Requests;

// /requests: every request, newest first, found by words and filters.
public sealed class RequestsPageTests() : AppTest(backgroundWorkers: false)
{
    [Fact]
    public async Task Words_match_the_start_of_words_ignoring_accents_and_case_in_topic_question_journalist_and_outlet()
    {
        var nuclear = await LogAsync(-30, topic: "Énergie nucléaire", name: "Hélène Dupré", outlet: "Libération");
        var grid = await LogAsync(-20, topic: "Grid outage", question: "Who pays for the réseau?");

        Assert.Equal([nuclear], await FindAsync("?q=energ"));
        Assert.Equal([nuclear], await FindAsync("?q=NUCL%20energie"));
        Assert.Equal([nuclear], await FindAsync("?q=helene"));
        Assert.Equal([nuclear], await FindAsync("?q=liber"));
        Assert.Equal([grid], await FindAsync("?q=reseau"));
        Assert.Empty(await FindAsync("?q=ergie"));   // not the start of a word
        Assert.Equal([grid, nuclear], await FindAsync(""));   // newest first
    }

    [Fact]
    public async Task Filters_narrow_by_status_clock_outcome_journalist_channel_and_dates()
    {
        var met = await LogAsync(-60 * 26, answeredAfter: 10, channel: "email");
        var late = await LogAsync(-120, answeredAfter: 45);
        var declined = await LogAsync(-90, name: "Paul Durand");
        await Api.PostJsonAsync($"/api/requests/{declined}/response", new { declined = true });
        var waiting = await LogAsync(-5);

        Assert.Equal([declined], await FindAsync("?status=Declined"));
        Assert.Equal([met], await FindAsync("?outcome=Met"));
        Assert.Equal([declined, late], await FindAsync("?outcome=Late"));   // a decline is a timed response too
        Assert.Equal([waiting], await FindAsync("?outcome=Waiting"));
        Assert.Equal([met], await FindAsync("?channel=email"));
        var paul = await App.Database.ScalarAsync<long>("SELECT id FROM journalists WHERE name = 'Paul Durand'");
        Assert.Equal([declined], await FindAsync($"?journalist={paul}"));
        var today = Now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.Equal([waiting, declined, late], await FindAsync($"?from={today}&to={today}"));
    }

    [Fact]
    public async Task The_list_is_paged_fifty_at_a_time()
    {
        for (var i = 0; i < 51; i++) await LogAsync(-100 + i);

        var first = await Client.GetPageAsync("/requests");
        Assert.Equal(50, first.QuerySelectorAll("#requests tbody tr").Length);
        var older = await Client.GetPageAsync(first.QuerySelector("#older")!.GetAttribute("href")!);
        Assert.Single(older.QuerySelectorAll("#requests tbody tr"));
        Assert.Null(older.QuerySelector("#older"));
    }

    [Fact]
    public async Task A_wrong_filter_value_is_said_beside_its_field()
    {
        var response = await Client.GetAsync("/requests?from=yesterday&status=Lost");
        var page = await Forms.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(page.Text("[data-valmsg-for='From']"));
        Assert.NotEmpty(page.Text("[data-valmsg-for='Status']"));
    }

    private async Task<long[]> FindAsync(string query) =>
        (await Client.GetPageAsync("/requests" + query)).QuerySelectorAll("#requests tbody tr")
            .Select(r => long.Parse(r.GetAttribute("data-request-id")!, CultureInfo.InvariantCulture)).ToArray();

    private async Task<long> LogAsync(int minutes, string topic = "Tariffs", string question = "", string name = "Claire Martin",
        string outlet = "Les Echos", string channel = "phone", int? answeredAfter = null)
    {
        var created = await (await Api.PostJsonAsync("/api/requests", new
        {
            journalist = new { name, outlet }, topic, question, channel, receivedAt = Now.AddMinutes(minutes),
        })).JsonAsync();
        var id = (long)created["id"]!;
        if (answeredAfter is { } after)
            (await Api.PostJsonAsync($"/api/requests/{id}/response", new { respondedAt = Now.AddMinutes(minutes + after) })).EnsureSuccessStatusCode();
        return id;
    }
}
