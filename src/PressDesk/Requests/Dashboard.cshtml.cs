using System.Globalization;
using System.Runtime.CompilerServices;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PressDesk.Alerts;
using PressDesk.Interviews;

namespace PressDesk.Requests;

// The dashboard. Its list is the same for every signed-in user of the install (Everyone's) or for
// one member (Mine), and it only changes when a request changes or the clocks move on, so
// _Dashboard renders it inside a <cache> named by RenderKey and loads the data (LoadAsync) only when
// that rendering is not cached yet: every dashboard open within the same second shares one query
// and one rendering. "Needs someone", with its forms, is rendered outside the cache.
public sealed class DashboardModel(
    RequestStore store, ResponseClock clock, RequestLifecycle changes, FiguresCache<ResponseSummary> summaries, LedgerQueries ledger,
    AlertBanners banners, TimeProvider time, Routing.TeamPresence team)
    : PageModel
{
    private const int RecentCount = 5;

    public IReadOnlyList<(Request Request, ClockReading Reading)> Open { get; private set; } = [];
    public IReadOnlyList<(Request Request, ClockReading Reading)> Recent { get; private set; } = [];
    public ResponseSummary Summary { get; private set; } = null!;

    // What was said before to each open request's journalist, not on the record (the card's badge).
    public IReadOnlyDictionary<long, SaidBefore> SaidBefore { get; private set; } = new Dictionary<long, SaidBefore>();
    public TimeSpan Target => clock.Options.Target;

    // ?show=mine or ?show=all; without it, Mine when the team has more than one member.
    [BindProperty(SupportsGet = true, Name = "show")]
    public string? Show { get; set; }

    public Routing.DashboardTabs Tabs { get; private set; } = null!;

    // Requests as of the last change, clocks to the second, under the current response-time settings;
    // "Mine" is rendered once per member.
    public string RenderKey =>
        $"{changes.Version}:{clock.Now.ToUnixTimeSeconds()}:{RuntimeHelpers.GetHashCode(clock.Options)}:{(Tabs.Mine ? Tabs.UserId : 0)}";

    public async Task OnGetAsync(CancellationToken ct) => Tabs = await Routing.DashboardTabs.ForAsync(team, User, Show, ct);

    // The live part alone, for live.js to swap in when requests change.
    public async Task<IActionResult> OnGetLiveAsync(CancellationToken ct)
    {
        await OnGetAsync(ct);
        return Partial("_Dashboard", this);
    }

    // The signed-in person's alert banners alone, for live.js when an alert fires or a request changes.
    public IActionResult OnGetAlerts(bool mine = false) => ViewComponent("AlertBanners", new { mine });

    // The banner's form; live.js posts it in the background, without script it comes back here.
    public async Task<IActionResult> OnPostDismissAsync(long alertId, CancellationToken ct)
    {
        var userId = long.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!, CultureInfo.InvariantCulture);
        await banners.DismissAsync(userId, alertId, time.GetUtcNow(), ct);
        return RedirectToPage();
    }

    public async Task LoadAsync(CancellationToken ct = default)
    {
        Open = DashboardOrder.ByWhatIsLostFirst(Tabs.Filter(await store.ListOpenAsync(ct)), clock.Options, clock.Now)
            .Select(r => (r, clock.Read(r.ReceivedAt, r.RespondedAt))).ToList();
        SaidBefore = await ledger.SaidBeforeAsync(Open.Select(o => o.Request.Id).ToList(), ct);
        var (latest, _) = await store.ListAsync(1, RecentCount * 4, openOnly: false, ct);
        Recent = latest.Where(r => r.RespondedAt is not null).Take(RecentCount)
            .Select(r => (r, clock.Read(r.ReceivedAt, r.RespondedAt))).ToList();
        Summary = await summaries.GetAsync(async (now, settings) =>
            ResponseSummary.From(await store.ResponseTimesSinceAsync(now - ResponseSummary.Window, ct), settings, now));
    }
}
