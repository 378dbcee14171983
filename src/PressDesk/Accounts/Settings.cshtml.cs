using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PressDesk.Validation;

namespace PressDesk.Accounts;

// Each person's own settings: the language of their pages, and the signature of the messages
// PressDesk writes for them.
public sealed class SettingsModel(UserStore users, AccountProfileValidator validator) : PageModel
{
    [BindProperty] public string? Language { get; set; }
    [BindProperty] public string? DisplayName { get; set; }
    [BindProperty] public string? JobTitle { get; set; }
    [BindProperty] public string? Phone { get; set; }

    [TempData] public bool Saved { get; set; }

    private long UserId => long.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!, CultureInfo.InvariantCulture);

    public async Task OnGetAsync()
    {
        var profile = await users.GetProfileAsync(UserId, HttpContext.RequestAborted);
        (Language, DisplayName, JobTitle, Phone) = (profile.Language, profile.DisplayName, profile.JobTitle, profile.Phone);
    }

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
}
