using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using PressDesk.Accounts;
using PressDesk.Hosting;

namespace PressDesk.Calendar;

// Url: the address, only in the response that made it (PressDesk keeps only its hash).
public sealed record FeedSection(string Scope, string? Url, DateTimeOffset? Since);

public sealed record CalendarFeedsModel(IReadOnlyList<FeedSection> Feeds, string? Error);

// The account page's "Your calendar" section. The first view makes the member's feed (and the
// owner's team feed) and shows its address once; a regeneration shows the new one once.
public sealed class CalendarFeedsViewComponent(FeedTokens tokens, IConfiguration configuration, IOptions<SiteOptions> site) : ViewComponent
{
    public const string NewTokenKey = "CalendarFeedToken";
    public const string ErrorKey = "CalendarFeedError";

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var userId = long.Parse(UserClaimsPrincipal.FindFirstValue(ClaimTypes.NameIdentifier)!, CultureInfo.InvariantCulture);
        var ct = HttpContext.RequestAborted;
        var scopes = UserClaimsPrincipal.IsInRole(Roles.Owner) ? new[] { FeedScopes.Mine, FeedScopes.Team } : [FeedScopes.Mine];
        var regenerated = TempData[NewTokenKey] as string;   // "scope:token", from CalendarFeedsPage
        var fresh = new Dictionary<string, string>(StringComparer.Ordinal);
        if (regenerated?.Split(':', 2) is [var scope, var token]) fresh[scope] = token;
        foreach (var s in scopes)
            if (await tokens.IssueIfMissingAsync(userId, s, ct) is { } made) fresh[s] = made;
        // A page showing a feed's address holds its key: not kept by the browser's history or any cache.
        if (fresh.Count > 0) HttpContext.Response.Headers.CacheControl = "no-store";

        var existing = (await tokens.ListAsync(userId, ct)).ToDictionary(f => f.Scope, f => f.CreatedAt);
        var linkBase = CalendarFeedEndpoint.LinkBase(HttpContext, configuration, site.Value);
        var feeds = scopes.Select(s => new FeedSection(s,
            fresh.TryGetValue(s, out var t) ? new Uri(linkBase, $"/calendar/{t}.ics").ToString() : null,
            existing.TryGetValue(s, out var since) ? since : null)).ToList();
        return View("/Calendar/Feeds.cshtml", new CalendarFeedsModel(feeds, TempData[ErrorKey] as string));
    }
}
