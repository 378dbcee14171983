using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PressDesk.Hosting;
using PressDesk.Validation;

namespace PressDesk.Requests;

public sealed class DetailsModel(
    RequestStore store, RespondToRequest respond, RequestLifecycle lifecycle, PressDesk.Journalists.JournalistStore journalists,
    ResponseClock clock, DisplayTime time, Microsoft.Extensions.Localization.IStringLocalizer<DetailsModel> localizer)
    : PageModel
{
    public Request Item { get; private set; } = null!;
    public ClockReading Reading { get; private set; }
    public IReadOnlyList<RequestChange> History { get; private set; } = [];

    // Journalists named in the history, by id (a merged or erased record has no entry, or its erased name).
    public IReadOnlyDictionary<long, string> JournalistNames { get; private set; } = new Dictionary<long, string>();

    // Set by the edit page for the next view: what the correction changed.
    [TempData]
    public string? Corrected { get; set; }

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

    // A response or a decline recorded by mistake: the request is open again.
    public async Task<IActionResult> OnPostReopenAsync(long id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        await using var write = await lifecycle.BeginAsync(ct);
        var reopened = await write.ReopenAsync(id);
        await write.CommitAsync(ct);
        if (!reopened)
        {
            ModelState.AddModelError(string.Empty, localizer["Only a request answered or declined, with no interview recorded, can be reopened."]);
            return Page();
        }
        Corrected = localizer["Reopened: the response is taken back and the clock runs again. Alerts for times already past are not sent."];
        return RedirectToPage(new { id });
    }

    private async Task<IActionResult> RecordAsync(long id, bool declined, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();

        if (!ModelState.IsValid) return Page();
        var input = new ResponseInput { RespondedAt = FromForm(RespondedAt), Declined = declined, Note = Note };
        switch (await respond.HandleAsync(id, input, ct))
        {
            case RespondResult.NotFound:
                return NotFound();
            case RespondResult.Invalid invalid:
                ModelState.AddErrors(invalid.Errors);
                return Page();
            case RespondResult.AlreadyAnswered answered:
                ModelState.AddModelError(string.Empty, answered.Message);
                return Page();
            default:
                return RedirectToPage(new { id });
        }
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
        History = await store.HistoryAsync(id, ct);
        var ids = History.Where(h => h.Field == RequestChange.Journalist)
            .SelectMany(h => new[] { h.Before, h.After }).OfType<string>()
            .Select(t => long.Parse(t, System.Globalization.CultureInfo.InvariantCulture)).Distinct();
        JournalistNames = await journalists.NamesAsync(ids.ToList(), ct);
        return true;
    }
}
