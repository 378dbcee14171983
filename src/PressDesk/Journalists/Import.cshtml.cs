using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PressDesk.Localization;

namespace PressDesk.Journalists;

// Upload, preview with every problem by row and column, then import exactly the valid rows.
// Nothing is stored before the confirmation; the preview carries the file in a protected field.
[RequestSizeLimit(4 * JournalistCsv.MaxBytes)]
public sealed class ImportModel(JournalistImport import, ImportToken tokens) : PageModel
{
    public ImportPreview? Preview { get; private set; }
    public string? Token { get; private set; }
    public string? FileName { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostPreviewAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("file", this.Localize("Choose a CSV file to upload."));
            return Page();
        }
        if (file.Length > JournalistCsv.MaxBytes)
        {
            ModelState.AddModelError("file", this.Localize("The file is larger than {0} KB; split it into smaller files.", JournalistCsv.MaxBytes / 1024));
            return Page();
        }
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        var text = JournalistCsv.Decode(buffer.ToArray());
        FileName = Path.GetFileName(file.FileName);
        Preview = await import.PreviewAsync(text, ct);
        Token = tokens.Protect(FileName, text);
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(string? token, CancellationToken ct)
    {
        if (tokens.Unprotect(token) is not { } upload)
        {
            ModelState.AddModelError("file", this.Localize("This preview has expired or is not valid; upload the file again."));
            return Page();
        }
        var (_, result) = await import.ImportAsync(upload.Content, ct);
        return Redirect($"/journalists?imported={result.Imported}");
    }
}
