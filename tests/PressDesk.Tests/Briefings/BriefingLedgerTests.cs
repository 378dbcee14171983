using PressDesk.Tests.Infrastructure;
using PressDesk.Tests.Interviews;
using PressDesk.Tests.Journalists;

namespace PressDesk.Tests.Briefings;

// The briefing sheet carries what the interview ledger knows about the journalist.
public class BriefingLedgerTests : AppTest
{
    [Fact]
    public async Task The_sheet_warns_about_earlier_off_record_statements_and_lists_publications()
    {
        var (first, _) = await Api.RequestAsync(Now.AddHours(-3), TimeSpan.FromMinutes(10));
        await Client.SaveInterviewAsync(first, "Conversation", Now.AddHours(-2),
            new StatementRow("The board will *drop* the plan.", "OffRecord", Agreement: "No"),
            new StatementRow("Prices rise 8% in February.", "OnRecord", Quote: true));
        await Client.SavePublicationAsync(first, "Tariffs: what changes", quoted: true, article: "Prices rise 8% in February.");
        var (next, _) = await Api.RequestAsync(Now.AddMinutes(-5));

        var markdown = await Api.GetStringAsync($"/api/requests/{next}/briefing.md");

        Assert.Contains(@"The board will \*drop\* the plan.", markdown);   // escaped: it neither formats nor links
        Assert.Contains("Tariffs: what changes", markdown);
        Assert.Contains("https://example.org/piece", markdown);
        var page = await Client.GetPageAsync($"/requests/{next}/briefing");
        Assert.Contains("The board will *drop* the plan.", page.Body!.TextContent);
        Assert.DoesNotContain(page.QuerySelectorAll("em"), em => em.TextContent == "drop");   // the asterisks stayed text
    }
}
