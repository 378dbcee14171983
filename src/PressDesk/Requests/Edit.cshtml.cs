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
        var input = Input.ToRequestInput(time);
        // The form has minute precision: a time left as it was shown keeps its seconds, so it is not a change.
        if (Input.ReceivedAt == RequestForm.Minute(time.ToLocal(Item.ReceivedAt))) input.ReceivedAt = Item.ReceivedAt;
        if (Item.Deadline is { } deadline && Input.Deadline == RequestForm.Minute(time.ToLocal(deadline))) input.Deadline = deadline;
        var result = await correct.HandleAsync(id, input, changedBy, ct);
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
