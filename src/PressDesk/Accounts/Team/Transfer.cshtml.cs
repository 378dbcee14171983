using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace PressDesk.Accounts.Team;

// Owner only (the Team folder): hands the owner's role to a member, after a page that says what
// the owner gives up, since they cannot take it back themselves.
public sealed class TransferModel(UserStore users) : PageModel
{
    public User Member { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long id) => await FindMemberAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(long id)
    {
        if (!await FindMemberAsync(id)) return NotFound();
        var ownerId = long.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!, CultureInfo.InvariantCulture);
        if (!await users.TransferOwnershipAsync(ownerId, Member.Id)) return NotFound();   // the roles changed meanwhile
        return LocalRedirect("/");   // the team pages are no longer this user's
    }

    private async Task<bool> FindMemberAsync(long id)
    {
        if (await users.FindByIdAsync(id) is not { IsOwner: false } member) return false;
        Member = member;
        return true;
    }
}
