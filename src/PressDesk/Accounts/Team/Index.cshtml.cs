using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PressDesk.Accounts;

namespace PressDesk.Accounts.Team;

// Owner only (see AddPressDeskWeb): the people who can sign in.
public sealed class IndexModel(UserStore users, PasswordPolicy passwords) : PageModel
{
    public IReadOnlyList<User> Users { get; private set; } = [];

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    public string? Added { get; private set; }

    public async Task OnGetAsync() => Users = await users.ListAsync();

    public async Task<IActionResult> OnPostAddAsync()
    {
        var email = Email?.Trim();
        foreach (var problem in PasswordPolicy.CheckEmail(email)) ModelState.AddModelError(nameof(Email), problem);
        foreach (var problem in PasswordPolicy.CheckPassword(Password, email)) ModelState.AddModelError(nameof(Password), problem);
        if (ModelState.IsValid && await users.CreateMemberAsync(email!, passwords.Hash(Password!)) is null)
            ModelState.AddModelError(nameof(Email), "Somebody with this email address can already sign in.");

        if (ModelState.IsValid)
        {
            Added = email;
            Email = null;
            ModelState.Clear();
        }
        Users = await users.ListAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(long id)
    {
        if (id.ToString() != User.FindFirstValue(ClaimTypes.NameIdentifier)) await users.RemoveMemberAsync(id);
        return RedirectToPage();
    }
}
