using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace PressDesk.Briefings;

public sealed class SheetModel(BriefingSheets sheets) : PageModel
{
    public BriefingSheet Sheet { get; private set; } = null!;

    // Markdig with raw HTML off, then the sanitiser (BriefingRenderer.ToHtml): safe to write out.
    public HtmlString? Html { get; private set; }

    [BindProperty]
    public string? Template { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        var sheet = await sheets.RenderAsync(id, includeSealed: true, ct);
        if (sheet is null) return NotFound();
        Sheet = sheet;
        Template = sheet.Template;
        if (sheet.Rendered.Markdown is { } markdown) Html = new HtmlString(BriefingRenderer.ToHtml(markdown));
        else Response.StatusCode = StatusCodes.Status500InternalServerError;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken ct)
    {
        if (Template is null || !await sheets.ChooseAsync(id, Template, ct)) return await OnGetAsync(id, ct);
        return RedirectToPage(new { id });
    }
}
