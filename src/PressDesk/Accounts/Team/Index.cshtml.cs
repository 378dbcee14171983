using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PressDesk.Validation;
using PressDesk.Localization;
using PressDesk.Routing;

namespace PressDesk.Accounts.Team;

// Owner only (see AddPressDeskWeb): the people who can sign in.
public sealed class IndexModel(
    UserStore users, RemoveMember removeMember, AccountValidator validator, PasswordPolicy passwords, PasswordResetLinks resetLinks,
    TeamRouting teamRouting) : PageModel
{
    public IReadOnlyList<User> Users { get; private set; } = [];

    // Each member's areas, hours and presence now, by user id.
    public IReadOnlyDictionary<long, MemberRoutingLine> Routing { get; private set; } = new Dictionary<long, MemberRoutingLine>();

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    public string? Added { get; private set; }

    // A reset link just issued: on this response only, never stored, never shown again.
    public (string Email, string Link)? ResetLink { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAddAsync()
    {
        var validated = validator.Validate(Email, Password);
        ModelState.AddErrors(validated.Errors);
        if (validated.Value is { } account && await users.CreateMemberAsync(account.Email, passwords.Hash(account.Password)) is null)
            ModelState.AddModelError(nameof(Email), this.Localize("Somebody with this email address can already sign in."));

        if (ModelState.IsValid)
        {
            Added = validated.Value!.Email;
            Email = null;
            ModelState.Clear();
        }
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostResetLinkAsync(long id)
    {
        var member = await users.FindByIdAsync(id);
        if (member is null || member.IsOwner) return NotFound();   // the owner uses /account, or the command line
        var token = await resetLinks.IssueAsync(member.Id, CurrentUserId);
        // The address the owner is using reaches the same server the member will.
        ResetLink = (member.Email, $"{Request.Scheme}://{Request.Host}{Request.PathBase}/reset-password/{token}");
        Response.Headers.CacheControl = "no-store";
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        Users = await users.ListAsync();
        Routing = await teamRouting.NowAsync(HttpContext.RequestAborted);
    }

    private long CurrentUserId => long.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!, CultureInfo.InvariantCulture);

    public async Task<IActionResult> OnPostRemoveAsync(long id)
    {
        if (id.ToString(CultureInfo.InvariantCulture) != User.FindFirstValue(ClaimTypes.NameIdentifier)) await removeMember.HandleAsync(id);
        return RedirectToPage();
    }
}
