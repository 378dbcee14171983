using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace PressDesk.Push;

// The forms of the devices panel post here, then go back to the page they came from.
public sealed class DevicesPageModel(PushSubscriptions subscriptions) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    private long UserId => long.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!, CultureInfo.InvariantCulture);

    public void OnGet() { }

    public async Task<IActionResult> OnPostRenameAsync(long id, string? name)
    {
        var trimmed = (name ?? "").Trim();
        if (trimmed.Length > 0)
            await subscriptions.RenameAsync(UserId, id, trimmed[..Math.Min(trimmed.Length, PushSubscriptions.MaxDeviceName)], HttpContext.RequestAborted);
        return Back();
    }

    public async Task<IActionResult> OnPostRevokeAsync(long id)
    {
        await subscriptions.RemoveAsync(UserId, id, HttpContext.RequestAborted);
        return Back();
    }

    public async Task<IActionResult> OnPostKindsAsync(string[] kinds)
    {
        await subscriptions.SetMutedKindsAsync(UserId, PushKinds.All.Except(kinds), HttpContext.RequestAborted);
        return Back();
    }

    private LocalRedirectResult Back() => LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/push/devices");
}
