using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace PressDesk.Alerts;

public sealed class IndexModel(AlertStore alerts, AlertOutbox outbox, AlertText text, TimeProvider time) : PageModel
{
    public const int Shown = 100;

    public IReadOnlyList<AlertEntry> Entries { get; private set; } = [];

    public AlertText Text => text;

    public async Task OnGetAsync(CancellationToken ct) => Entries = await alerts.RecentAsync(Shown, ct);

    public async Task<IActionResult> OnPostResendAsync(long deliveryId, CancellationToken ct)
    {
        if (await alerts.ResendAsync(deliveryId, time.GetUtcNow(), ct)) outbox.Signal.Wake();
        return RedirectToPage();
    }
}
