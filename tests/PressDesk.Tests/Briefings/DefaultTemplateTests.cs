using PressDesk.Briefings;

namespace PressDesk.Tests.Briefings;

// The shipped template with the parts the interview ledger will fill (publications, warnings),
// rendered directly: each appears only when its data exists.
public class DefaultTemplateTests
{
    private static readonly BriefingRenderer Renderer = new(new BriefingTemplates(
        Path.Combine(AppContext.BaseDirectory, "templates")));

    private static BriefingModel Model(IReadOnlyList<BriefingPublication> publications, IReadOnlyList<BriefingWarning> warnings) => new(
        new BriefingRequest(3, "Tariff", "", "Phone", "New", "Sat 28 Nov 2026, 13:55", null, null, false, "http://localhost/requests/3"),
        new BriefingJournalist(1, "Claire Martin", null),
        null,
        new BriefingClock("OnTime", "20 min left", "14:10", "14:25", null),
        null, [],
        new BriefingHistory([], publications, 0, null),
        warnings, ["Never ask to see the article before publication."], "Sat 28 Nov 2026, 14:05");

    [Fact]
    public void Warnings_and_publications_show_only_when_the_ledger_has_them()
    {
        var empty = Renderer.RenderMarkdown(Model([], []), BriefingOptions.DefaultTemplate).Markdown!;
        Assert.DoesNotContain("⚠", empty);
        Assert.DoesNotContain("Publications", empty);

        var full = Renderer.RenderMarkdown(Model(
            [new BriefingPublication("Tariffs up 8%", "https://lesechos.example/t", "Mon 2 Nov 2026", true, [])],
            [new BriefingWarning("Tue 3 Nov 2026", "off the record", "The minister will resign", false, "Grid")]),
            BriefingOptions.DefaultTemplate).Markdown!;
        Assert.Contains("## ⚠ Said not for the record to this journalist before", full);
        Assert.Contains("- Tue 3 Nov 2026, off the record (**no agreement recorded**): The minister will resign", full);
        Assert.Contains("- Mon 2 Nov 2026: [Tariffs up 8%](https://lesechos.example/t) — quoted", full);
    }
}
