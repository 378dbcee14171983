using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PressDesk.Hosting;
using PressDesk.Journalists;
using PressDesk.Validation;

namespace PressDesk.Requests;

public sealed class NewModel(
    LogRequest logRequest,
    JournalistStore journalists,
    DisplayTime time,
    TimeProvider clock)
    : PageModel, IRequestFormPage
{
    [BindProperty]
    public RequestForm Input { get; set; } = new();

    public IReadOnlyList<JournalistChoice> Journalists { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Input.ReceivedAt = RequestForm.Minute(time.ToLocal(clock.GetUtcNow()));
        Journalists = await journalists.ListChoicesAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        // Model binding has already flagged values that are not dates; add our rules on top.
        var input = Input.ToRequestInput(time);
        if (!ModelState.IsValid) ModelState.AddErrors(logRequest.Validate(input).Errors, nameof(Input));
        else
        {
            // Pushed to everyone's devices but the typist's own.
            var typedBy = long.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!, CultureInfo.InvariantCulture);
            var logged = await logRequest.HandleAsync(input, typedBy, ct);
            if (logged.IsValid) return Redirect($"/requests/{logged.Value}");
            ModelState.AddErrors(logged.Errors, nameof(Input));
        }

        Journalists = await journalists.ListChoicesAsync(ct);
        return Page();
    }
}
