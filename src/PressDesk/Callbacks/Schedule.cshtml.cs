using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using PressDesk.Hosting;
using PressDesk.Requests;

namespace PressDesk.Callbacks;

// Where the request page's callback forms post. Success goes back to the request page (PRG) with
// a notice; a refused callback is shown here again, with what was typed and what is wrong.
public sealed class ScheduleModel(
    RequestStore requests, ScheduleCallback callbacks, CallbackQueries queries, DisplayTime displayTime,
    IStringLocalizer<ScheduleModel> localizer) : PageModel
{
    public Request Item { get; private set; } = null!;
    public CallbackForm Form { get; private set; } = null!;

    [BindProperty] public DateTime? At { get; set; }
    [BindProperty] public long? UserId { get; set; }
    [BindProperty] public string? Note { get; set; }
    [BindProperty] public bool CountsAsResponse { get; set; }

    // The request page's notice (DetailsModel.Corrected), shown once after the redirect.
    [TempData(Key = "Corrected")]
    public string? Notice { get; set; }

    public IActionResult OnGet(long id) => Redirect($"/requests/{id}#callbacks");

    public async Task<IActionResult> OnPostScheduleAsync(long id, CancellationToken ct)
    {
        if (await requests.GetAsync(id, ct) is not { } request) return NotFound();
        Item = request;
        var input = new CallbackInput(At is { } local ? displayTime.FromLocal(local) : null, UserId, Note, CountsAsResponse);
        switch (await callbacks.ScheduleAsync(id, input, CallbackForm.UserIdOf(User), ct))
        {
            case CallbackResult.Scheduled { Callback: var c }:
                Notice = c.CountsAsResponse
                    ? localizer["Callback scheduled for {0}, by {1}, and recorded as your response.", displayTime.Format(c.DueAt), c.UserName ?? "—"]
                    : localizer["Callback scheduled for {0}, by {1}.", displayTime.Format(c.DueAt), c.UserName ?? "—"];
                return Redirect($"/requests/{id}#callbacks");
            case CallbackResult.Invalid invalid:
                Form = new CallbackForm(id, request.AcceptsResponse(), await queries.MembersAsync(ct), At, UserId, Note, CountsAsResponse, invalid.Errors);
                return Page();
            default:
                return NotFound();
        }
    }

    public Task<IActionResult> OnPostDoneAsync(long id, long callbackId, CancellationToken ct) =>
        ChangeAsync(id, callbacks.MarkDoneAsync(id, callbackId, ct), localizer["Callback marked done."]);

    public Task<IActionResult> OnPostCancelAsync(long id, long callbackId, CancellationToken ct) =>
        ChangeAsync(id, callbacks.CancelAsync(id, callbackId, ct), localizer["Callback cancelled: no reminder will be sent."]);

    private async Task<IActionResult> ChangeAsync(long id, Task<CallbackChangeOutcome> change, string done)
    {
        switch (await change)
        {
            case CallbackChangeOutcome.NotFound:
                return NotFound();
            case CallbackChangeOutcome.NotScheduled:
                Notice = localizer["This callback was already done or cancelled."];
                break;
            default:
                Notice = done;
                break;
        }
        return Redirect($"/requests/{id}#callbacks");
    }
}
