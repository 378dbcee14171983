using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;

namespace PressDesk.Alerts;

// The dashboard's alert banners, rendered on load and again by live.js when alerts or requests change.
public sealed class AlertBannersViewComponent(AlertBanners banners, AlertText text) : ViewComponent
{
    public sealed record Model(IReadOnlyList<AlertNotice> Alerts, AlertText Text);

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var userId = long.Parse(UserClaimsPrincipal.FindFirstValue(ClaimTypes.NameIdentifier)!, CultureInfo.InvariantCulture);
        return View("/Alerts/AlertBanners.cshtml", new Model(await banners.ForAsync(userId, HttpContext.RequestAborted), text));
    }
}
