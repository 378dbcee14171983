using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using PressDesk.Hosting;

namespace PressDesk.Routing;

// The dashboard's away form: a time today in the display zone, read as the moment the member is
// back. A time already past is an error, said beside the field (not silently taken as tomorrow).
public sealed class AwayModel(Away away, DisplayTime display, TimeProvider time, IStringLocalizer<AwayModel> localizer) : PageModel
{
    public const string UntilKey = "AwayUntil", NoteKey = "AwayNote", ErrorKey = "AwayError", DoneKey = "AwayDone";

    public IActionResult OnGet() => Redirect("/");

    public async Task<IActionResult> OnPostSetAsync(string? until, string? note, CancellationToken ct)
    {
        if (!TimeOnly.TryParseExact(until?.Trim(), ["HH:mm", "HH:mm:ss", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var at))
            return Again(until, note, localizer["Give the time you will be back, such as 15:00."]);
        var today = DateOnly.FromDateTime(display.ToLocal(time.GetUtcNow()));
        var back = display.FromLocal(today.ToDateTime(at));
        switch (await away.SetAsync(UserId, back, note, ct))
        {
            case AwayOutcome.NotInFuture:
                return Again(until, note, localizer["{0} has already passed today. Give a later time.", at.ToString("HH:mm", CultureInfo.CurrentCulture)]);
            default:
                // Done: the dashboard says they are away until then. Too far cannot happen within today.
                return Redirect("/");
        }
    }

    public async Task<IActionResult> OnPostBackAsync(CancellationToken ct)
    {
        await away.ClearAsync(UserId, ct);
        TempData[DoneKey] = localizer["Welcome back: new requests can come to you again."].Value;
        return Redirect("/");
    }

    private long UserId => long.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!, CultureInfo.InvariantCulture);

    private RedirectResult Again(string? until, string? note, string error)
    {
        TempData[UntilKey] = until;
        TempData[NoteKey] = note;
        TempData[ErrorKey] = error;
        return Redirect("/#away");
    }
}
