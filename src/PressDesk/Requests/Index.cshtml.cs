using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PressDesk.Hosting;
using PressDesk.Journalists;

namespace PressDesk.Requests;

// Every request, to find one again: words, and filters by status, clock outcome, journalist,
// outlet, channel and the dates the messages were left (in the display time zone).
public sealed class IndexModel(RequestSearch search, JournalistStore journalists, OutletStore outlets, ResponseClock clock, DisplayTime time)
    : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public RequestStatus? Status { get; set; }
    [BindProperty(SupportsGet = true)] public ClockOutcome Outcome { get; set; }
    [BindProperty(SupportsGet = true)] public long? Journalist { get; set; }
    [BindProperty(SupportsGet = true)] public long? Outlet { get; set; }
    [BindProperty(SupportsGet = true)] public string? Channel { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public IReadOnlyList<(Request Request, ClockReading Reading)> Found { get; private set; } = [];

    public bool Filtered => Status is not null || Outcome != ClockOutcome.Any || Journalist is not null || Outlet is not null
        || !string.IsNullOrEmpty(Channel) || From is not null || To is not null;
    public bool HasMore { get; private set; }
    public IReadOnlyList<JournalistChoice> Journalists { get; private set; } = [];
    public IReadOnlyList<Outlet> Outlets { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Journalists = await journalists.ListChoicesAsync(ct);
        Outlets = await outlets.ListAsync(ct);
        if (!ModelState.IsValid) return;   // a value that is not a date or a status: shown beside its field
        PageNumber = Math.Clamp(PageNumber, 1, 10_000);
        var query = new RequestQuery(
            string.IsNullOrWhiteSpace(Q) ? null : Q.Trim()[..Math.Min(Q.Trim().Length, 200)],
            Status, Outcome, Journalist, Outlet,
            Channels.TryParse(Channel, out var channel) ? channel : null,
            From is { } from ? time.FromLocal(from.ToDateTime(TimeOnly.MinValue)) : null,
            To is { } to ? time.FromLocal(to.AddDays(1).ToDateTime(TimeOnly.MinValue)) : null);
        var (items, hasMore) = await search.FindAsync(query, PageNumber, PageSize, ct);
        Found = items.Select(r => (r, clock.Read(r.ReceivedAt, r.RespondedAt))).ToList();
        HasMore = hasMore;
    }

    // The same search on another page.
    public string PageLink(int number)
    {
        var values = new Dictionary<string, string?>
        {
            ["q"] = Q, ["status"] = Status?.ToString(), ["outcome"] = Outcome == ClockOutcome.Any ? null : Outcome.ToString(),
            ["journalist"] = Journalist?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["outlet"] = Outlet?.ToString(System.Globalization.CultureInfo.InvariantCulture), ["channel"] = Channel,
            ["from"] = From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["to"] = To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["p"] = number.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/requests", values.Where(kv => !string.IsNullOrEmpty(kv.Value)));
    }
}
