using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PressDesk.Prep;
using PressDesk.Routing;
using PressDesk.Validation;

namespace PressDesk.Accounts.Members;

public sealed class RoutingForm
{
    public List<long> Areas { get; set; } = [];

    // "any": works any time (no hours); "hours": the days below.
    public string? Schedule { get; set; }

    public Dictionary<string, string?> Hours { get; set; } = [];

    public string? TimeZone { get; set; }

    public string? HolidayCountry { get; set; }

    public bool PressOfficer { get; set; }

    public const string AnyTime = "any";

    public static RoutingForm From(MemberRoutingSettings settings) => new()
    {
        Areas = [.. settings.AreaIds],
        Schedule = settings.Hours.Count == 0 ? AnyTime : "hours",
        Hours = MemberRouting.Week.ToDictionary(d => d.ToString(), d => (string?)WorkingHoursText.Format(
            settings.Hours.Where(r => r.Day == d).Select(r => (r.StartMinute, r.EndMinute)))),
        TimeZone = settings.TimeZone,
        HolidayCountry = settings.HolidayCountry,
        PressOfficer = settings.PressOfficer,
    };

    public RoutingInput ToInput() => new(
        Areas, Schedule == AnyTime, MemberRouting.Week.ToDictionary(d => d, d => Hours.GetValueOrDefault(d.ToString())), TimeZone, HolidayCountry);
}

// A member's routing settings: what they answer on, when they work, where, their public holidays,
// and (set by the owner) whether they are the press officer. The owner edits anyone's; a member
// only their own. Not in the owner-only Team folder for that reason.
public sealed class RoutingModel(MemberRouting routing, FocusStore focus) : PageModel
{
    [BindProperty] public RoutingForm Input { get; set; } = new();

    [TempData] public bool Saved { get; set; }

    public MemberRoutingSettings Member { get; private set; } = null!;

    public IReadOnlyList<FocusArea> Areas { get; private set; } = [];

    public bool ByOwner => User.IsInRole(Roles.Owner);

    public async Task<IActionResult> OnGetAsync(long id)
    {
        if (await RefuseAsync(id) is { } refused) return refused;
        Input = RoutingForm.From(Member);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id)
    {
        if (await RefuseAsync(id) is { } refused) return refused;
        if (!ByOwner && Input.PressOfficer) return Forbid();   // only the owner hands out the role
        var saved = await routing.SaveAsync(id, Input.ToInput(), ByOwner ? Input.PressOfficer : null, HttpContext.RequestAborted);
        if (!saved.IsValid)
        {
            ModelState.AddErrors(saved.Errors, nameof(Input));
            return Page();
        }
        Saved = true;
        return RedirectToPage(new { id });
    }

    public string? ErrorOf(string field) =>
        ModelState.TryGetValue($"{nameof(Input)}.{field}", out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    // A member asking for someone else's page learns nothing about who exists.
    private async Task<IActionResult?> RefuseAsync(long id)
    {
        if (!ByOwner && id != CurrentUserId) return Forbid();
        if (await routing.LoadAsync(id, HttpContext.RequestAborted) is not { } member) return NotFound();
        Member = member;
        Areas = await focus.ListAsync(HttpContext.RequestAborted);
        return null;
    }

    private long CurrentUserId => long.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!, CultureInfo.InvariantCulture);
}
