using System.Text;
using AngleSharp.Dom;
using PressDesk.Tests.Infrastructure;
using PressDesk.Tests.Journalists;

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
    public async Task Every_cell_with_a_named_column_carries_that_name(string url) =>
        AssertLabelled(url, await Client.GetPageAsync(url));

    [Fact]
    public async Task The_import_preview_labels_its_cells_too()
    {
        var csv = "name,outlet,email\nClaire Martin,Les Echos,claire@example.org\nTom Reed,Radio North,not-an-email\n";
        AssertLabelled("import preview", await Client.PreviewCsvAsync(Encoding.UTF8.GetBytes(csv)));
    }

    private static void AssertLabelled(string url, IDocument page)
    {
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
