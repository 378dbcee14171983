using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PressDesk.Configuration;
using PressDesk.Requests;

namespace PressDesk.Pages.Requests;

public sealed class DetailsModel(
    RequestStore store, RequestValidator validator, ResponseClock clock, DisplayTime time, RequestChangeSignal changes)
    : PageModel
{
    public Request Item { get; private set; } = null!;
    public ClockReading Reading { get; private set; }

    [BindProperty]
    public DateTime? RespondedAt { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        var now = time.ToLocal(clock.Now);
        RespondedAt = new DateTime(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0);
        return Page();
    }

    public Task<IActionResult> OnPostRespondAsync(long id, CancellationToken ct) => RecordAsync(id, declined: false, ct);

    public Task<IActionResult> OnPostDeclineAsync(long id, CancellationToken ct) => RecordAsync(id, declined: true, ct);

    private async Task<IActionResult> RecordAsync(long id, bool declined, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();

        var input = new ResponseInput { RespondedAt = FromForm(RespondedAt), Declined = declined, Note = Note };
        var validated = validator.Validate(input, Item);
        foreach (var (field, messages) in validated.Errors)
            foreach (var message in messages)
                ModelState.AddModelError(field, message);
        if (!ModelState.IsValid) return Page();

        var outcome = await store.RespondAsync(id, validated.Value!, ct);
        if (outcome == RespondOutcome.NotFound) return NotFound();
        if (outcome == RespondOutcome.AlreadyAnswered)
        {
            ModelState.AddModelError(string.Empty, "This request already has a response.");
            return Page();
        }
        changes.Notify();
        return RedirectToPage(new { id });
    }

    // The form has minute precision: blank or the current minute means "now", and the minute the
    // message was left means "right then", so a quick answer is not rejected as being before receipt.
    private DateTimeOffset? FromForm(DateTime? local)
    {
        if (local is not { } value) return null;
        var at = time.FromLocal(value);
        var now = clock.Now;
        if (at <= now && now - at < TimeSpan.FromMinutes(1)) return now;
        if (at < Item.ReceivedAt && Item.ReceivedAt - at < TimeSpan.FromMinutes(1)) return Item.ReceivedAt;
        return at;
    }

    private async Task<bool> LoadAsync(long id, CancellationToken ct)
    {
        var request = await store.GetAsync(id, ct);
        if (request is null) return false;
        Item = request;
        Reading = clock.Read(request.ReceivedAt, request.RespondedAt);
        return true;
    }
}
