using System.ComponentModel.DataAnnotations;
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
    : PageModel
{
    [BindProperty]
    public QuickLog Input { get; set; } = new();

    public IReadOnlyList<JournalistChoice> Journalists { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Input.ReceivedAt = Minute(time.ToLocal(clock.GetUtcNow()));
        Journalists = await journalists.ListChoicesAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        // Model binding has already flagged values that are not dates; add our rules on top.
        var input = Input.ToRequestInput(time);
        if (!ModelState.IsValid) ModelState.AddErrors(logRequest.Validate(input).Errors, nameof(Input));
        else
        {
            var logged = await logRequest.HandleAsync(input, ct);
            if (logged.IsValid) return Redirect($"/requests/{logged.Value}");
            ModelState.AddErrors(logged.Errors, nameof(Input));
        }

        Journalists = await journalists.ListChoicesAsync(ct);
        return Page();
    }

    private static DateTime Minute(DateTime t) => new(t.Year, t.Month, t.Day, t.Hour, t.Minute, 0);

    // Times are typed in the display time zone, to the minute.
    public sealed class QuickLog
    {
        public long? JournalistId { get; set; }
        public string? JournalistName { get; set; }
        public string? Outlet { get; set; }
        public string? JournalistPhone { get; set; }
        public string? JournalistEmail { get; set; }
        public string? Topic { get; set; }
        public string? Question { get; set; }
        public string? Channel { get; set; } = nameof(PressDesk.Requests.Channel.Phone).ToLowerInvariant();
        [DataType(DataType.DateTime)]
        public DateTime? ReceivedAt { get; set; }
        [DataType(DataType.DateTime)]
        public DateTime? Deadline { get; set; }

        public RequestInput ToRequestInput(DisplayTime time) => new()
        {
            JournalistId = JournalistId,
            JournalistName = JournalistName,
            Outlet = Outlet,
            JournalistPhone = JournalistPhone,
            JournalistEmail = JournalistEmail,
            Topic = Topic,
            Question = Question,
            Channel = Channel,
            ReceivedAt = ReceivedAt is { } r ? time.FromLocal(r) : null,
            Deadline = Deadline is { } d ? time.FromLocal(d) : null,
        };
    }
}
