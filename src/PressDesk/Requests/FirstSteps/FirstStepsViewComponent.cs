using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using PressDesk.Accounts;
using PressDesk.Alerts;
using PressDesk.Intake;
using PressDesk.Prep;

namespace PressDesk.Requests.FirstSteps;

public sealed record FirstStep(string Id, string Title, string Why, string Link, bool Done);

// What a new install needs before its first journalist calls, on the owner's dashboard until all
// of it is done: areas of expertise (for triage), the team, a way in for requests, a way out for
// alerts. Each step reads the state it describes, so it ticks itself when the thing is set up.
public sealed class FirstStepsViewComponent(
    FocusStore focus, UserStore users, RequestStore requests, IOptionsMonitor<IntakeOptions> intake, IOptionsMonitor<AlertOptions> alerts)
    : ViewComponent
{
    // The dashboard asks twice, above and below its requests: a call waiting comes before setting up.
    public async Task<IViewComponentResult> InvokeAsync(bool whileCallsWait)
    {
        if (!HttpContext.User.IsInRole(Roles.Owner)) return Content("");
        if ((await requests.ListOpenAsync(HttpContext.RequestAborted)).Count > 0 != whileCallsWait) return Content("");
        var steps = new[]
        {
            new FirstStep("areas", "List your areas of expertise", "Each request is triaged against them.", "/focus",
                (await focus.ListAsync(HttpContext.RequestAborted)).Count > 0),
            new FirstStep("team", "Invite your team", "Colleagues who take calls too.", "/team",
                (await users.ListAsync(HttpContext.RequestAborted)).Count > 1),
            new FirstStep("intake", "Bring requests in by themselves", "A drop folder or a mailbox that PressDesk reads.", "/settings#intake",
                !string.IsNullOrWhiteSpace(intake.CurrentValue.DropFolder) || intake.CurrentValue.Imap.Enabled),
            new FirstStep("notifications", "Be told when a clock runs out", "A chat webhook or email for the alerts.", "/settings#alerts",
                alerts.CurrentValue.Webhook.Enabled || alerts.CurrentValue.Email.Enabled),
        };
        return steps.All(s => s.Done) ? Content("") : View("/Requests/FirstSteps/FirstSteps.cshtml", steps);
    }
}
