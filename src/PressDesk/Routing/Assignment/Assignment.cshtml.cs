using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace PressDesk.Routing;

// The request page's and the dashboard's assignment buttons post here; the outcome is said on the
// page they go back to (post, redirect, get), never as an error page.
public sealed class AssignmentModel(AssignRequest assign, IStringLocalizer<AssignmentModel> localizer) : PageModel
{
    public const string MessageKey = "AssignmentMessage";

    [TempData(Key = MessageKey)]
    public string? Message { get; set; }

    public IActionResult OnGet(long id) => Redirect($"/requests/{id}");

    public async Task<IActionResult> OnPostTakeAsync(long id, string? returnUrl, CancellationToken ct) =>
        Back(id, returnUrl, await assign.TakeAsync(id, UserId, ct), localizer["You have it now."]);

    public async Task<IActionResult> OnPostAcknowledgeAsync(long id, string? returnUrl, CancellationToken ct) =>
        Back(id, returnUrl, await assign.AcknowledgeAsync(id, UserId, ct), localizer["Noted: you are on it."]);

    public async Task<IActionResult> OnPostHandOverAsync(long id, long? userId, string? returnUrl, CancellationToken ct)
    {
        if (userId is not { } to) return Back(id, returnUrl, AssignOutcome.UnknownMember, "");
        return Back(id, returnUrl, await assign.ReassignAsync(id, to, UserId, ct), localizer["Handed over."]);
    }

    private long UserId => long.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!, CultureInfo.InvariantCulture);

    private IActionResult Back(long id, string? returnUrl, AssignOutcome outcome, string done)
    {
        Message = outcome switch
        {
            AssignOutcome.Done => done,
            AssignOutcome.Answered => localizer["This request is already answered: who has it no longer changes."],
            AssignOutcome.UnknownMember => localizer["Choose a member of the team to hand it over to."],
            AssignOutcome.NotTheAssignee => localizer["Only the member who has this request can say they are on it. Take it first."],
            _ => localizer["This request no longer exists."],
        };
        if (outcome == AssignOutcome.NotFound) return Redirect("/");
        // Only a path of this site: a crafted returnUrl must not send anyone elsewhere.
        return Url.IsLocalUrl(returnUrl) ? LocalRedirect(returnUrl) : Redirect($"/requests/{id}#assignment");
    }
}
