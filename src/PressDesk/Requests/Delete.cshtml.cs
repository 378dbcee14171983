using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using PressDesk.Accounts;

namespace PressDesk.Requests;

// Deleting a request logged by mistake: the owner only, after ticking a confirmation. Its alerts,
// prep, interview, publication and history go with it.
[Authorize(Policy = AccountsExtensions.OwnerPolicy)]
public sealed class DeleteModel(RequestStore store, RequestLifecycle lifecycle, IStringLocalizer<DeleteModel> localizer) : PageModel
{
    public Request Item { get; private set; } = null!;

    [BindProperty]
    public bool Confirm { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct) =>
        await store.GetAsync(id, ct) is { } request ? Show(request) : NotFound();

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken ct)
    {
        if (await store.GetAsync(id, ct) is not { } request) return NotFound();
        if (!Confirm)
        {
            ModelState.AddModelError(nameof(Confirm), localizer["Tick the box to confirm: deleting cannot be undone."]);
            return Show(request);
        }
        await using var write = await lifecycle.BeginAsync(ct);
        await write.DeleteAsync(id);
        await write.CommitAsync(ct);
        return Redirect("/");
    }

    private PageResult Show(Request request)
    {
        Item = request;
        return Page();
    }
}
