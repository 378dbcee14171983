using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PressDesk.Validation;

namespace PressDesk.Accounts.Team;

public sealed class ApiKeysModel(ApiKeyStore keys, ApiKeyValidator validator) : PageModel
{
    public IReadOnlyList<ApiKey> Keys { get; private set; } = [];

    [BindProperty]
    public string? Name { get; set; }

    // The checked boxes; a new form starts with the narrowest useful one.
    [BindProperty]
    public List<string> Scopes { get; set; } = [];

    // Shown once, in the response to the POST that created it; never stored in clear.
    public string? NewSecret { get; private set; }

    public async Task OnGetAsync()
    {
        Scopes = [.. ApiScopes.Default];
        Keys = await keys.ListAsync();
    }

    public async Task<IActionResult> OnPostCreateAsync()
    {
        var validated = validator.Validate(Name, Scopes);
        ModelState.AddErrors(validated.Errors);

        if (ModelState.IsValid)
        {
            var userId = long.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!, CultureInfo.InvariantCulture);
            (_, NewSecret) = await keys.CreateAsync(validated.Value!.Name, validated.Value.Scopes, userId);
            Name = null;
            Scopes = [.. ApiScopes.Default];
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
