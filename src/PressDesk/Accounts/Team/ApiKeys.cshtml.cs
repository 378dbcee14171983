using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace PressDesk.Accounts.Team;

public sealed class ApiKeysModel(ApiKeyStore keys) : PageModel
{
    public const int NameMax = 100;

    public IReadOnlyList<ApiKey> Keys { get; private set; } = [];

    [BindProperty]
    public string? Name { get; set; }

    // Shown once, in the response to the POST that created it; never stored in clear.
    public string? NewSecret { get; private set; }

    public async Task OnGetAsync() => Keys = await keys.ListAsync();

    public async Task<IActionResult> OnPostCreateAsync()
    {
        var name = Name?.Trim();
        if (string.IsNullOrEmpty(name)) ModelState.AddModelError(nameof(Name), "Name the key after what will use it, such as 'Website form'.");
        else if (name.Length > NameMax) ModelState.AddModelError(nameof(Name), $"A key's name is at most {NameMax} characters.");

        if (ModelState.IsValid)
        {
            var userId = long.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!, CultureInfo.InvariantCulture);
            (_, NewSecret) = await keys.CreateAsync(name!, userId);
            Name = null;
            ModelState.Clear();
        }
        Keys = await keys.ListAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(long id)
    {
        await keys.RevokeAsync(id);
        return RedirectToPage();
    }
}
