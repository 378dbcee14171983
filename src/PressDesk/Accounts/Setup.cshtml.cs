using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PressDesk.Accounts;

namespace PressDesk.Accounts;

// First run only: creates the owner. Once anybody exists the page is gone (404).
public sealed class SetupModel(UserStore users, PasswordPolicy passwords, CookieSessions cookies) : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public string? ConfirmPassword { get; set; }

    public async Task<IActionResult> OnGetAsync() => await users.AnyAsync() ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.AnyAsync()) return NotFound();

        var email = Email?.Trim();
        foreach (var problem in PasswordPolicy.CheckEmail(email)) ModelState.AddModelError(nameof(Email), problem);
        foreach (var problem in PasswordPolicy.CheckPassword(Password, email)) ModelState.AddModelError(nameof(Password), problem);
        if (Password != ConfirmPassword) ModelState.AddModelError(nameof(ConfirmPassword), "The two passwords differ.");
        if (!ModelState.IsValid) return Page();

        var id = await users.CreateFirstOwnerAsync(email!, passwords.Hash(Password!));
        if (id is null) return NotFound();   // someone else finished setup a moment ago

        await cookies.SignInAsync(HttpContext, (await users.FindByEmailAsync(email!))!);
        return LocalRedirect("/");
    }
}
