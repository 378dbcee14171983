using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PressDesk.Journalists;

namespace PressDesk.Pages.Journalists;

// Everything held about one journalist, as a JSON download.
public sealed class PersonalDataExportModel(PersonalData personalData) : PageModel
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerOptions.Web) { WriteIndented = true };

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        var export = await personalData.ExportAsync(id, ct);
        if (export is null) return NotFound();
        return File(JsonSerializer.SerializeToUtf8Bytes(export, Json), "application/json", $"journalist-{id}-personal-data.json");
    }
}
