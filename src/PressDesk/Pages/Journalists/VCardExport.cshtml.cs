using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PressDesk.Journalists;

namespace PressDesk.Pages.Journalists;

public sealed class VCardExportModel(JournalistStore journalists) : PageModel
{
    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        var journalist = await journalists.GetAsync(id, ct);
        if (journalist is null || journalist.IsErased) return NotFound();
        return File(Encoding.UTF8.GetBytes(VCard.Write(journalist)), "text/vcard; charset=utf-8", $"journalist-{id}.vcf");
    }
}
