using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PressDesk.Validation;
using PressDesk.Localization;

namespace PressDesk.Journalists;

// Two records of the same person: this one is kept, the other one's history moves here. Picking
// the other record shows what would move; only the second post, with Confirm, merges.
public sealed class MergeModel(JournalistStore journalists, JournalistMerge merge) : PageModel
{
    public Journalist Kept { get; private set; } = null!;
    public IReadOnlyList<JournalistChoice> Others { get; private set; } = [];
    // Set after the pick: what the merge would do, waiting for the user to confirm it.
    public MergePreview? Preview { get; private set; }

    [BindProperty(SupportsGet = true)] public long? Other { get; set; }
    [BindProperty] public bool Confirm { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (Other is not { } other)
        {
            ModelState.AddModelError(nameof(Other), this.Localize("Pick the record to merge into this one."));
            return Page();
        }
        if (!Confirm)
        {
            var preview = await merge.PreviewAsync(id, other, ct);
            ModelState.AddErrors(preview.Errors);
            Preview = preview.Value;
            return Page();
        }
        var merged = await merge.MergeAsync(id, other, ct);
        if (!merged.IsValid)
        {
            ModelState.AddErrors(merged.Errors);
            return Page();
        }
        return Redirect($"/journalists/{id}?{MergedQuery(merged.Value!)}");
    }

    // The journalist page words what moved from these (DetailsModel.Merged and Moved).
    private static string MergedQuery(MergeCounts moved) => string.Create(CultureInfo.InvariantCulture,
        $"merged=true&moved.requests={moved.Requests}&moved.pitches={moved.Pitches}&moved.statements={moved.Statements}&moved.publications={moved.Publications}");

    private async Task<bool> LoadAsync(long id, CancellationToken ct)
    {
        var kept = await journalists.GetAsync(id, ct);
        if (kept is null || kept.IsErased) return false;
        Kept = kept;
        Others = (await journalists.ListChoicesAsync(ct)).Where(c => c.Id != id).ToList();
        return true;
    }
}
