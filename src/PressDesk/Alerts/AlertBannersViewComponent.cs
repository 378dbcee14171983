using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;

namespace PressDesk.Alerts;

// The dashboard's alert banners, rendered on load and again by live.js when alerts or requests change.
// mine: the "Mine" view's audience (the person's requests and unassigned ones); otherwise every
// open request's, as on "Everyone's". live.js asks again for the same audience (data-mine).
public sealed class AlertBannersViewComponent(AlertBanners banners, AlertText text) : ViewComponent
{
    public sealed record Model(IReadOnlyList<AlertNotice> Alerts, AlertText Text, bool Mine = false, long UserId = 0);

    public async Task<IViewComponentResult> InvokeAsync(bool mine = false)
    {
        var userId = long.Parse(UserClaimsPrincipal.FindFirstValue(ClaimTypes.NameIdentifier)!, CultureInfo.InvariantCulture);
        return View("/Alerts/AlertBanners.cshtml", new Model(await banners.ForAsync(userId, mine, HttpContext.RequestAborted), text, mine, userId));
    }
}
