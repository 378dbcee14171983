using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PressDesk.Validation;
using PressDesk.Localization;

namespace PressDesk.Prep;

public sealed class FocusModel(FocusStore store, FocusAreaValidator validator) : PageModel
{
    public IReadOnlyList<FocusArea> Areas { get; private set; } = [];

    // The area whose form was posted and came back with errors (0: the "add" form).
    public long? Editing { get; private set; }

    [BindProperty]
    public long? AreaId { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Keywords { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => Areas = await store.ListAsync(ct);

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct)
    {
        var validated = validator.Validate(Name, Keywords);
        ModelState.AddErrors(validated.Errors);
        if (validated.Value is { } area && !await store.SaveAsync(AreaId, area.Name, area.Keywords, ct))
            ModelState.AddModelError(nameof(Name), this.Localize("You already have an area named “{0}”.", area.Name));
        if (ModelState.IsValid) return RedirectToPage();

        Editing = AreaId ?? 0;
        Areas = await store.ListAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken ct)
    {
        if (AreaId is { } id) await store.DeleteAsync(id, ct);
        return RedirectToPage();
    }
}
