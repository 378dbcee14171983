using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace PressDesk.Accounts;

public sealed class SignOutModel(CookieSessions cookies) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await cookies.SignOutAsync(HttpContext);
        return Redirect("/signin");
    }
}
