using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using PressDesk.Requests;

namespace PressDesk.Routing;

// Who has a request, on its page: the assignee with their presence now, what the signed-in member
// can do about it, and the history of hand-overs. One line on the request page renders it.
public sealed class AssignmentPanelViewComponent(TeamPresence presence, AssignmentHistory history) : ViewComponent
{
    public sealed record Model(
        Request Request, TeamPresence.Member? Assignee, long ViewerId, bool Answerable, IReadOnlyList<TeamPresence.Member> Team,
        IReadOnlyList<AssignmentEntry> History, string? Message);

    public async Task<IViewComponentResult> InvokeAsync(Request request)
    {
        var now = await presence.NowAsync(HttpContext.RequestAborted);
        var viewer = long.Parse(UserClaimsPrincipal.FindFirstValue(ClaimTypes.NameIdentifier)!, CultureInfo.InvariantCulture);
        var assignee = request.Assignee is { } a
            ? now.Find(a.UserId) ?? new TeamPresence.Member(a.UserId, a.Name, Presence.Available, null)
            : null;
        return View("/Routing/Assignment/AssignmentPanel.cshtml", new Model(
            request, assignee, viewer, request.RespondedAt is null && request.Status.AcceptsResponse(), now.Members,
            await history.ForAsync(request.Id, HttpContext.RequestAborted), TempData[AssignmentModel.MessageKey] as string));
    }
}
