using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PressDesk.Accounts;
using PressDesk.Localization;

namespace PressDesk.Journalists;

// Owner only: erasing is the answer to a person's request to be forgotten, and cannot be undone.
[Authorize(Policy = AccountsExtensions.OwnerPolicy)]
public sealed class EraseModel(JournalistStore journalists, PersonalData personalData) : PageModel
{
    public Journalist Journalist { get; private set; } = null!;

    [BindProperty] public bool Confirm { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!Confirm)
        {
            ModelState.AddModelError(nameof(Confirm), this.Localize("Tick the box to confirm: erasing cannot be undone."));
            return Page();
        }
        return await personalData.EraseAsync(id, ct) ? Redirect($"/journalists/{id}") : NotFound();
    }

    private async Task<bool> LoadAsync(long id, CancellationToken ct)
    {
        var journalist = await journalists.GetAsync(id, ct);
        if (journalist is null || journalist.IsErased) return false;
        Journalist = journalist;
        return true;
    }
}
