using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PressDesk.Validation;

namespace PressDesk.Accounts;

// First run only: creates the owner. Once anybody exists the page is gone (404).
public sealed class SetupModel(UserStore users, AccountValidator validator, PasswordPolicy passwords, CookieSessions cookies) : PageModel
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

        var validated = validator.Validate(Email, Password, confirm: true, ConfirmPassword);
        ModelState.AddErrors(validated.Errors);
        if (!ModelState.IsValid) return Page();

        var account = validated.Value!;
        var id = await users.CreateFirstOwnerAsync(account.Email, passwords.Hash(account.Password));
        if (id is null) return NotFound();   // someone else finished setup a moment ago

        await cookies.SignInAsync(HttpContext, (await users.FindByEmailAsync(account.Email))!);
        return LocalRedirect("/");
    }
}
