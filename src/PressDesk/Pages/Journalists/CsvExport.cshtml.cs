using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PressDesk.Journalists;

namespace PressDesk.Pages.Journalists;

// The whole directory as CSV, in the columns the import reads.
public sealed class CsvExportModel(JournalistStore journalists, TimeProvider time) : PageModel
{
    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var all = await journalists.ListAllAsync(ct);
        var buffer = new MemoryStream();
        await JournalistCsv.WriteAsync(buffer, all, ct);
        return File(buffer.ToArray(), "text/csv; charset=utf-8", $"journalists-{time.GetUtcNow():yyyy-MM-dd}.csv");
    }
}
