using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Web;

// On a narrow screen a table row becomes a card whose cells show their column's name from data-label;
// the label must be the column's own header, in the page's language.
public class TableLabelTests : AppTest
{
    [Theory]
    [InlineData("/statistics")]
    [InlineData("/team")]
    [InlineData("/team/api-keys")]
    [InlineData("/team/sign-ins")]
    public async Task Every_cell_with_a_named_column_carries_that_name(string url)
    {
        var page = await Client.GetPageAsync(url);
        var labelled = 0;

        foreach (var table in page.QuerySelectorAll("table.table"))
        {
            var headers = table.QuerySelectorAll("thead th").Select(th => th.TextContent.Trim()).ToList();
            foreach (var row in table.QuerySelectorAll("tbody tr"))
            {
                var cells = row.QuerySelectorAll("td").ToList();
                for (var i = 0; i < cells.Count; i++)
                {
                    var label = cells[i].GetAttribute("data-label");
                    if (headers[i].Length == 0 || table.QuerySelectorAll("thead th")[i].QuerySelector(".visually-hidden") is not null)
                        continue;   // a column of buttons has no visible name
                    Assert.True(label == headers[i], $"{url}: row cell {i} is labelled '{label}', its column '{headers[i]}'");
                    labelled++;
                }
            }
        }

        Assert.True(labelled >= 3, $"{url}: only {labelled} labelled cells; the page has no rows to check");
    }
}
