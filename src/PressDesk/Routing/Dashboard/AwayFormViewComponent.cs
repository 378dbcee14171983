using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;

namespace PressDesk.Routing;

// "I'm away until 15:00 (in a meeting)" and "I'm back", on the dashboard. The posts go to /away,
// which comes back here with what was typed and, when it was wrong, why.
public sealed class AwayFormViewComponent(TeamPresence presence) : ViewComponent
{
    public sealed record Model(TeamPresence.Member? Me, string? Until, string? Note, string? Error, string? Done);

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var viewer = long.Parse(UserClaimsPrincipal.FindFirstValue(ClaimTypes.NameIdentifier)!, CultureInfo.InvariantCulture);
        var me = (await presence.NowAsync(HttpContext.RequestAborted)).Find(viewer);
        return View("/Routing/Dashboard/AwayForm.cshtml", new Model(
            me, TempData[AwayModel.UntilKey] as string, TempData[AwayModel.NoteKey] as string,
            TempData[AwayModel.ErrorKey] as string, TempData[AwayModel.DoneKey] as string));
    }
}
