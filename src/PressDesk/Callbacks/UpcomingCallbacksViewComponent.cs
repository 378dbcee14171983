using Microsoft.AspNetCore.Mvc;
using PressDesk.Hosting;

namespace PressDesk.Callbacks;

public sealed record UpcomingCallbacks(IReadOnlyList<UpcomingCallback> Items, DateTimeOffset Now, DateTimeOffset EndOfToday);

// The dashboard's "Callbacks": what is promised from the start of today on (a missed one of today
// stays, marked overdue, until done or cancelled), soonest first. Not cached with the list of
// requests: it lives in the part live.js reloads on the "requests" event, which ScheduleCallback raises.
public sealed class UpcomingCallbacksViewComponent(CallbackQueries queries, DisplayTime displayTime, TimeProvider time) : ViewComponent
{
    public const int Shown = 10;

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var now = time.GetUtcNow();
        var today = displayTime.ToLocal(now).Date;
        var (start, end) = (displayTime.FromLocal(today), displayTime.FromLocal(today.AddDays(1)));
        var items = await queries.UpcomingAsync(start, Shown, HttpContext.RequestAborted);
        return View("/Callbacks/UpcomingCallbacks.cshtml", new UpcomingCallbacks(items, now, end));
    }
}
