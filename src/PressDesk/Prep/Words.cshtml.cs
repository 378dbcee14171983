using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PressDesk.Prep;

namespace PressDesk.Prep;

public sealed class WordsModel(PrepWordStore store, ShippedWords shipped) : PageModel
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
        var (hedges, hedgeError) = PrepWordStore.Parse(Hedges);
        var (jargon, jargonError) = PrepWordStore.Parse(Jargon);
        if (hedgeError is not null) ModelState.AddModelError(nameof(Hedges), hedgeError);
        if (jargonError is not null) ModelState.AddModelError(nameof(Jargon), jargonError);
        if (!ModelState.IsValid) return Page();

        await store.ReplaceAsync(new UserWords(hedges, jargon), ct);
        return RedirectToPage(new { saved = true });
    }
}
