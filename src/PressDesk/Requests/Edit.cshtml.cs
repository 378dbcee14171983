using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using PressDesk.Alerts;
using PressDesk.Hosting;
using PressDesk.Journalists;
using PressDesk.Validation;

namespace PressDesk.Requests;

// Correct what was typed about a request. The request page then shows what changed in its history,
// and says when an alert for a moved time had already fired (it is not sent again).
public sealed class EditModel(
    RequestStore store, CorrectRequest correct, JournalistStore journalists, DisplayTime time, IStringLocalizer<EditModel> localizer)
    : PageModel, IRequestFormPage
{
    public Request Item { get; private set; } = null!;

    [BindProperty]
    public RequestForm Input { get; set; } = new();

    public IReadOnlyList<JournalistChoice> Journalists { get; private set; } = [];

    [TempData]
    public string? Corrected { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Input = RequestForm.From(Item, time);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!ModelState.IsValid) return Page();

        var changedBy = User.FindFirstValue(ClaimTypes.Name) ?? "?";
        var result = await correct.HandleAsync(id, Input.ToRequestInput(time), changedBy, ct);
        if (result is null) return NotFound();
        ModelState.AddErrors(result.Errors, nameof(Input));
        if (!ModelState.IsValid) return Page();

        Corrected = Notice(result.Value!);
        return Redirect($"/requests/{id}");
    }

    private string Notice(RequestCorrection correction)
    {
        if (correction.Changed.Count == 0) return localizer["Nothing changed."];
        var notice = localizer["Corrected: {0}.", string.Join(", ", correction.Changed.Select(f => localizer[RequestChange.Label(f)].Value))].Value;
        foreach (var (kind, firedAt) in correction.AlreadyFired)
            notice += " " + localizer["The {0} alert had already fired at {1}; it is not sent again.",
                localizer[AlertKinds.Parse(kind).Label()].Value, time.Format(firedAt)].Value;
        return notice;
    }

    private async Task<bool> LoadAsync(long id, CancellationToken ct)
    {
        if (await store.GetAsync(id, ct) is not { } request) return false;
        Item = request;
        Journalists = await journalists.ListChoicesAsync(ct);
        return true;
    }
}
