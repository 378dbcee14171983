using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PressDesk.Validation;

namespace PressDesk.Prep;

public sealed class WordsModel(PrepWordStore store, WordListValidator validator, ShippedWords shipped) : PageModel
{
    public ShippedWords Shipped => shipped;

    public bool Saved { get; private set; }

    [BindProperty]
    public string? Hedges { get; set; }

    [BindProperty]
    public string? Jargon { get; set; }

    public async Task OnGetAsync(bool saved, CancellationToken ct)
    {
        var mine = await store.GetAsync(ct);
        Hedges = string.Join('\n', mine.Hedges);
        Jargon = string.Join('\n', mine.Jargon);
        Saved = saved;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var validated = validator.Validate(Hedges, Jargon);
        ModelState.AddErrors(validated.Errors);
        if (!ModelState.IsValid) return Page();

        await store.ReplaceAsync(validated.Value!, ct);
        return RedirectToPage(new { saved = true });
    }
}
