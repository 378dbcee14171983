using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PressDesk.Accounts;
using PressDesk.Validation;

namespace PressDesk.Settings;

// The owner's Settings page: what a user would change, stored in the database and applied at once.
[Authorize(Policy = AccountsExtensions.OwnerPolicy)]
public sealed class IndexModel(
    SettingsStore store, SettingsValidator validator, SettingsPrecedence precedence, ConnectionTest connections,
    IConfiguration configuration, TimeProvider time)
    : PageModel
{
    public const int ChangesShown = 50;

    // The typed values by form field (ManagedSetting.Field), as posted or as configured.
    [BindProperty] public Dictionary<string, string?> Values { get; set; } = [];

    // Stored passwords ticked "forget" (by form field).
    [BindProperty] public List<string> Forget { get; set; } = [];

    [TempData] public string? SavedGroup { get; set; }

    public IReadOnlyList<SettingChange> Changes { get; private set; } = [];

    // The outcome of "send a test" / "test connection", shown in its group's form.
    public ConnectionResult? Tested { get; private set; }

    private IReadOnlyDictionary<string, string> _stored = new Dictionary<string, string>();

    public bool IsSetByServer(ManagedSetting setting) => precedence.IsSetByServer(setting.Key);

    public bool HasStoredSecret(ManagedSetting setting) => _stored.ContainsKey(setting.Key);

    public string? ValueOf(ManagedSetting setting) => setting.IsSecret ? null : Values.GetValueOrDefault(setting.Field);

    public string? ErrorOf(ManagedSetting setting) =>
        ModelState.TryGetValue(setting.Field, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    public async Task OnGetAsync()
    {
        foreach (var setting in ManagedSettings.All) Values[setting.Field] = ForForm(setting, configuration[setting.Key]);
        await LoadAsync();
    }

    public async Task<IActionResult> OnPostSaveAsync(string group)
    {
        if (!ManagedSettings.Groups.Contains(group)) return BadRequest();
        var validated = validator.Validate(group, Values, Forget);
        if (!validated.IsValid)
        {
            ModelState.AddErrors(validated.Errors);
            return await TypedAsync(group);
        }
        await store.SaveAsync(validated.Value!, User.FindFirstValue(ClaimTypes.Name) ?? "?", time.GetUtcNow(), HttpContext.RequestAborted);
        SavedGroup = group;
        return RedirectToPage();
    }

    // Tries the group's settings as typed, without saving them.
    public async Task<IActionResult> OnPostTestAsync(string group)
    {
        if (!ManagedSettings.Testable.Contains(group)) return BadRequest();
        var validated = validator.Validate(group, Values);
        if (validated.IsValid) Tested = await connections.RunAsync(group, validated.Value!, HttpContext.RequestAborted);
        else ModelState.AddErrors(validated.Errors);
        return await TypedAsync(group);
    }

    // The page again: this group shows what was typed, the others what is configured.
    private async Task<IActionResult> TypedAsync(string group)
    {
        foreach (var setting in ManagedSettings.All.Where(s => s.Group != group || IsSetByServer(s)))
            Values[setting.Field] = ForForm(setting, configuration[setting.Key]);
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        _stored = await store.LoadAsync(HttpContext.RequestAborted);
        Changes = await store.ChangesAsync(ChangesShown, HttpContext.RequestAborted);
    }

    // Configuration text as the form shows it: minutes for durations, HH:mm for times of day.
    private static string? ForForm(ManagedSetting setting, string? value) => setting.Kind switch
    {
        _ when string.IsNullOrEmpty(value) => null,
        SettingKind.Secret => null,
        SettingKind.Minutes when TimeSpan.TryParse(value, CultureInfo.InvariantCulture, out var span) =>
            ((long)span.TotalMinutes).ToString(CultureInfo.InvariantCulture),
        SettingKind.TimeOfDay when TimeOnly.TryParse(value, CultureInfo.InvariantCulture, out var t) => t.ToString("HH:mm", CultureInfo.InvariantCulture),
        _ => value,
    };
}
