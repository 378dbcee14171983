using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using PressDesk.Accounts;

namespace PressDesk.Calendar;

// The section's "Get a new address" form posts here, then goes back to the account page, which
// shows the new address once (carried in TempData, a Data Protection-encrypted cookie).
public sealed class CalendarFeedsPageModel(FeedTokens tokens, IStringLocalizer<CalendarFeedsPageModel> L) : PageModel
{
    public void OnGet() { }

    public async Task<IActionResult> OnPostRegenerateAsync(string? scope, bool confirm)
    {
        var allowed = User.IsInRole(Roles.Owner) ? new[] { FeedScopes.Mine, FeedScopes.Team } : [FeedScopes.Mine];
        if (scope is null || !allowed.Contains(scope))
            TempData[CalendarFeedsViewComponent.ErrorKey] = L["There is no such calendar feed to replace."].Value;
        else if (!confirm)
            TempData[CalendarFeedsViewComponent.ErrorKey] = L["Tick the box to confirm that the current address stops working."].Value;
        else
        {
            var userId = long.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!, CultureInfo.InvariantCulture);
            var token = await tokens.IssueAsync(userId, scope, HttpContext.RequestAborted);
            TempData[CalendarFeedsViewComponent.NewTokenKey] = $"{scope}:{token}";
        }
        return LocalRedirect("/account#calendar");
    }
}
