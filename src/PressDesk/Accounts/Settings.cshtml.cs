using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PressDesk.Validation;

namespace PressDesk.Accounts;

// Each person's own settings: the language of their pages, the signature of the messages
// PressDesk writes for them, and their password.
public sealed class SettingsModel(UserStore users, AccountProfileValidator validator, PasswordChange passwordChange) : PageModel
{
    [BindProperty] public string? Language { get; set; }
    [BindProperty] public string? DisplayName { get; set; }
    [BindProperty] public string? JobTitle { get; set; }
    [BindProperty] public string? Phone { get; set; }

    // Bound only by the password form's handler, so saving the profile never carries a password.
    public string? CurrentPassword { get; set; }
    public string? NewPassword { get; set; }
    public string? ConfirmNewPassword { get; set; }

    [TempData] public bool Saved { get; set; }
    [TempData] public bool PasswordChanged { get; set; }

    private long UserId => long.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!, CultureInfo.InvariantCulture);

    public async Task OnGetAsync() => await LoadProfileAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var result = validator.Validate(Language, DisplayName, JobTitle, Phone);
        if (!result.IsValid)
        {
            ModelState.AddErrors(result.Errors);
            return Page();
        }
        await users.UpdateProfileAsync(UserId, result.Value!, HttpContext.RequestAborted);
        Saved = true;
        return RedirectToPage();   // the next page is already in the new language
    }

    public async Task<IActionResult> OnPostPasswordAsync(string? currentPassword, string? newPassword, string? confirmNewPassword)
    {
        var session = User.FindFirstValue(CookieSessions.SessionClaim)!;
        var result = await passwordChange.ChangeAsync(UserId, currentPassword, newPassword, confirmNewPassword, session, HttpContext.RequestAborted);
        if (!result.IsValid)
        {
            // The profile form shows what is stored, not the fields of the other form.
            ModelState.Clear();
            ModelState.AddErrors(result.Errors);
            await LoadProfileAsync();
            return Page();
        }
        PasswordChanged = true;
        return RedirectToPage();
    }

    private async Task LoadProfileAsync()
    {
        var profile = await users.GetProfileAsync(UserId, HttpContext.RequestAborted);
        (Language, DisplayName, JobTitle, Phone) = (profile.Language, profile.DisplayName, profile.JobTitle, profile.Phone);
    }
}
