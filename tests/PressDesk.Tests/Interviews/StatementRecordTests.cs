using PressDesk.Tests.Infrastructure;
using PressDesk.Tests.Journalists;

namespace PressDesk.Tests.Interviews;

// What was recorded about a statement is said as it was recorded, on the request page and in the briefing.
public sealed class StatementRecordTests : AppTest
{
    [Fact]
    public async Task The_request_page_lists_the_statements_with_their_level_and_agreement()
    {
        var (request, _) = await Api.RequestAsync(Now.AddMinutes(-60), TimeSpan.FromMinutes(10));
        await Client.SaveInterviewAsync(request, "Conversation", Now.AddMinutes(-40),
            new StatementRow("Prices rise in February.", "OnRecord", Quote: true),
            new StatementRow("The merger is off.", "OffRecord", Agreement: "No"),
            new StatementRow("The regulator is split.", "Background", Agreement: "Yes"));

        var items = (await Client.GetPageAsync($"/requests/{request}")).QuerySelectorAll("#interview-statements li").ToList();

        Assert.Equal(3, items.Count);
        Assert.Contains("On the record", items[0].TextContent);
        Assert.Contains("quote attributed to you", items[0].TextContent);
        Assert.Contains("Prices rise in February.", items[0].TextContent);
        Assert.Contains("Off the record", items[1].TextContent);
        Assert.Contains("The journalist did not agree", items[1].TextContent);
        Assert.Contains("unagreed", items[1].ClassName);
        Assert.Contains("The journalist agreed", items[2].TextContent);
    }

    [Fact]
    public async Task A_refusal_gets_no_agreement_time_and_the_briefing_says_the_journalist_did_not_agree()
    {
        var (first, _) = await Api.RequestAsync(Now.AddMinutes(-120), TimeSpan.FromMinutes(10));
        await Client.SaveInterviewAsync(first, "Conversation", Now.AddMinutes(-100),
            new StatementRow("The merger is off.", "OffRecord", Agreement: "No"),
            new StatementRow("Nobody asked about this.", "DeepBackground"));
        var (next, _) = await Api.RequestAsync(Now.AddMinutes(-5));

        Assert.Equal(0, await App.Database.ScalarAsync<long>("SELECT count(*) FROM statements WHERE agreed_at IS NOT NULL"));
        var markdown = await Api.GetStringAsync($"/api/requests/{next}/briefing.md");
        Assert.Contains("(**The journalist did not agree**): The merger is off.", markdown);
        Assert.Contains("(**Not asked**): Nobody asked about this.", markdown);
    }
}
