using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace PressDesk.Journalists;

// Two records of the same person: this one is kept, the other one's history moves here.
public sealed class MergeModel(JournalistStore journalists, JournalistMerge merge) : PageModel
{
    public Journalist Kept { get; private set; } = null!;
    public IReadOnlyList<JournalistChoice> Others { get; private set; } = [];

    [BindProperty(SupportsGet = true)] public long? Other { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (Other is not { } other)
        {
            ModelState.AddModelError(nameof(Other), "Pick the record to merge into this one.");
            return Page();
        }
        var result = await merge.MergeAsync(id, other, ct);
        switch (result.Outcome)
        {
            case MergeOutcome.Merged:
                return Redirect($"/journalists/{id}?merged={result.Moved.Values.Sum()}");
            case MergeOutcome.SameRecord:
                ModelState.AddModelError(nameof(Other), "A record cannot be merged with itself.");
                break;
            case MergeOutcome.Erased:
                ModelState.AddModelError(nameof(Other), "An erased record cannot be merged.");
                break;
            default:
                ModelState.AddModelError(nameof(Other), "That record no longer exists.");
                break;
        }
        return Page();
    }

    private async Task<bool> LoadAsync(long id, CancellationToken ct)
    {
        var kept = await journalists.GetAsync(id, ct);
        if (kept is null || kept.IsErased) return false;
        Kept = kept;
        Others = (await journalists.ListChoicesAsync(ct)).Where(c => c.Id != id).ToList();
        return true;
    }
}
