using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using PressDesk.Requests;

namespace PressDesk.Routing;

// "Needs someone" on each member's dashboard: open requests whose assignee is away, off hours or
// on holiday (or who have nobody), with "Take it". Not shown to that assignee: it is theirs already.
public sealed class NeedsSomeoneViewComponent(TeamPresence presence, RequestStore store, ResponseClock clock) : ViewComponent
{
    public sealed record Offer(Request Request, ClockReading Reading, TeamPresence.Member? Assignee);

    public sealed record Model(IReadOnlyList<Offer> Offers, string ReturnUrl);

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var viewer = long.Parse(UserClaimsPrincipal.FindFirstValue(ClaimTypes.NameIdentifier)!, CultureInfo.InvariantCulture);
        var now = await presence.NowAsync(HttpContext.RequestAborted);
        var requests = now.Members.Count < 2 ? []
            : await store.GetManyAsync(now.Offered, HttpContext.RequestAborted);
        var offers = requests
            .Where(r => r.Assignee?.UserId != viewer && r.RespondedAt is null)
            .Select(r => new Offer(r, clock.Read(r.ReceivedAt, r.RespondedAt), r.Assignee is { } a ? now.Find(a.UserId) : null))
            .ToList();
        // The live refresh asks for /?handler=Live&…: "Take it" must bring the member back to the dashboard itself.
        var show = HttpContext.Request.Query["show"].ToString();
        var returnUrl = show is "mine" or "all" ? $"/?show={show}" : "/";
        return View("/Routing/Dashboard/NeedsSomeone.cshtml", new Model(offers, returnUrl));
    }
}
