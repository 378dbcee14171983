using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PressDesk.Settings;
using PressDesk.Validation;

namespace PressDesk.Accounts;

// First run only: creates the owner. Once anybody exists the page is gone (404).
public sealed class SetupModel(
    UserStore users, AccountValidator validator, SetupChoicesValidator choicesValidator, PasswordPolicy passwords, CookieSessions cookies,
    SettingsStore settings, SettingsPrecedence precedence, TimeProvider time) : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public string? ConfirmPassword { get; set; }

    [BindProperty]
    public string? Language { get; set; }

    [BindProperty]
    public string? TimeZone { get; set; }

    // A zone the server's configuration sets is not asked for: it would win over the answer.
    public bool ZoneSetByServer => precedence.IsSetByServer(TimeZoneKey);

    private const string TimeZoneKey = "PressDesk:TimeZone";

    // Set once the person has chosen (a post came back with a problem): the script then leaves the zone alone.
    public bool Chosen { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.AnyAsync()) return NotFound();
        (Language, TimeZone) = (SetupChoicesValidator.DefaultLanguage(), choicesValidator.DefaultTimeZone());
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.AnyAsync()) return NotFound();

        var validated = validator.Validate(Email, Password, confirm: true, ConfirmPassword);
        var choices = choicesValidator.Validate(Language, TimeZone);
        ModelState.AddErrors(validated.Errors);
        ModelState.AddErrors(choices.Errors);
        if (!ModelState.IsValid)
        {
            Chosen = true;
            return Page();
        }

        var account = validated.Value!;
        var id = await users.CreateFirstOwnerAsync(account.Email, passwords.Hash(account.Password), choices.Value!.Language);
        if (id is null) return NotFound();   // someone else finished setup a moment ago
        // The zone is an install-wide setting: stored, logged and changed later on the Settings page.
        if (!ZoneSetByServer)
            await settings.SaveAsync(new Dictionary<string, string?> { [TimeZoneKey] = choices.Value.TimeZone }, account.Email, time.GetUtcNow());

        await cookies.SignInAsync(HttpContext, (await users.FindByEmailAsync(account.Email))!);
        return LocalRedirect("/");
    }
}
