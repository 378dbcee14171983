using Microsoft.AspNetCore.Mvc;
using PressDesk.Requests;

namespace PressDesk.Prep;

public sealed record PrepSummary(Request Request, TriageResult Triage, RequestPrep? Prep);

// The triage and the prep on the request page, so that page needs one line for both.
public sealed class PrepSummaryViewComponent(FocusStore focus, PrepStore preps) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Request request)
    {
        var triage = Triage.Of(request.Topic, request.Question, await focus.ListAsync());
        return View("/Prep/PrepSummary.cshtml", new PrepSummary(request, triage, await preps.GetAsync(request.Id)));
    }
}
