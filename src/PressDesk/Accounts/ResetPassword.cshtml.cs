using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PressDesk.Validation;

namespace PressDesk.Accounts;

// Open without signing in, since whoever follows the link has forgotten their password; the
// random token in the address is what lets them in, once, within the hour.
[AllowAnonymous]
public sealed class ResetPasswordModel(PasswordResetLinks links, UserStore users, NewPasswordValidator validator) : PageModel
{
    [FromRoute] public string Token { get; set; } = "";

    [BindProperty] public string? NewPassword { get; set; }
    [BindProperty] public string? ConfirmNewPassword { get; set; }

    public string? Email { get; private set; }
    public bool Done { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        Email = await links.FindEmailAsync(Token, HttpContext.RequestAborted);
        return Answer();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Email = await links.FindEmailAsync(Token, HttpContext.RequestAborted);
        if (Email is null || await users.FindByEmailAsync(Email, HttpContext.RequestAborted) is not { } account) return Answer();

        var errors = validator.Check(NewPassword, ConfirmNewPassword, account);
        if (errors.Any)
        {
            ModelState.AddErrors(errors.ToDictionary());
            return Answer();
        }
        // A second post of the same link that lost the race finds it spent.
        if (!await links.RedeemAsync(Token, NewPassword!, HttpContext.RequestAborted)) Email = null;
        else Done = true;
        return Answer();
    }

    // An unknown, used or expired link says so in a page of its own, as a 404.
    private PageResult Answer()
    {
        Response.Headers.CacheControl = "no-store";
        if (Email is null && !Done) Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }
}
