using Microsoft.AspNetCore.Mvc;
using PressDesk.Hosting;
using PressDesk.Requests;

namespace PressDesk.Callbacks;

public sealed record RequestCallbacks(Request Request, IReadOnlyList<Callback> Callbacks, CallbackForm? Form);

// The request page's "Callbacks" section: its list and the form (none on a closed request).
public sealed class RequestCallbacksViewComponent(CallbackQueries queries, DisplayTime displayTime, TimeProvider time) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Request request)
    {
        var ct = HttpContext.RequestAborted;
        var form = ScheduleCallback.IsClosed(request.Status)
            ? null
            : await CallbackForm.BlankAsync(request, UserClaimsPrincipal, queries, displayTime, time, ct);
        return View("/Callbacks/RequestCallbacks.cshtml", new RequestCallbacks(request, await queries.ForRequestAsync(request.Id, ct), form));
    }
}
