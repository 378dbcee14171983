using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PressDesk.Requests;

namespace PressDesk.Pages;

public sealed class IndexModel(RequestStore store, ResponseClock clock, FiguresCache<ResponseSummary> summaries) : PageModel
{
    private const int RecentCount = 5;

    public IReadOnlyList<(Request Request, ClockReading Reading)> Open { get; private set; } = [];
    public IReadOnlyList<(Request Request, ClockReading Reading)> Recent { get; private set; } = [];
    public ResponseSummary Summary { get; private set; } = null!;
    public TimeSpan Target => clock.Options.Target;

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    // The live part alone, for live.js to swap in when requests change.
    public async Task<IActionResult> OnGetLiveAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return Partial("_Dashboard", this);
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Open = (await store.ListOpenAsync(ct)).Select(r => (r, clock.Read(r.ReceivedAt, r.RespondedAt))).ToList();
        var (latest, _) = await store.ListAsync(1, RecentCount * 4, openOnly: false, ct);
        Recent = latest.Where(r => r.RespondedAt is not null).Take(RecentCount)
            .Select(r => (r, clock.Read(r.ReceivedAt, r.RespondedAt))).ToList();
        Summary = await summaries.GetAsync(async (now, settings) =>
            ResponseSummary.From(await store.ResponseTimesSinceAsync(now - ResponseSummary.Window, ct), settings, now));
    }
}
