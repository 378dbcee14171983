using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using PressDesk.Intake.Mailbox;

namespace PressDesk.Intake;

public sealed class IndexModel(
    IntakeRejections intake,
    IEnumerable<IIntakeRetry> retries,
    MailboxStatus mailbox,
    IOptionsMonitor<IntakeOptions> options) : PageModel
{
    public const int Shown = 50;

    public enum RetryResult { None, Gone, NoSource }

    public IReadOnlyList<IntakeRecord> Recent { get; private set; } = [];
    public IReadOnlyList<IntakeRejection> Rejected { get; private set; } = [];
    public MailboxStatus.Snapshot Mailbox => mailbox.Current;
    public string? DropFolder => options.CurrentValue.DropFolder;

    // Set when a Retry could not put the item back, with the item's name.
    public RetryResult Retry { get; private set; }
    public string? RetryName { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostRetryAsync(long id, CancellationToken ct)
    {
        if (await intake.GetAsync(id, ct) is not { } rejection) return RedirectToPage();
        var retry = retries.FirstOrDefault(r => r.Source == rejection.Source);
        Retry = retry is null ? RetryResult.NoSource
            : await retry.RetryAsync(rejection, ct) ? RetryResult.None
            : RetryResult.Gone;
        if (Retry == RetryResult.None)
        {
            // Back in its queue: the source reads it again and rejects it anew if it is still wrong.
            await intake.DismissAsync(id, ct);
            return RedirectToPage();
        }
        RetryName = rejection.SourceName;
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostDismissAsync(long id, CancellationToken ct)
    {
        await intake.DismissAsync(id, ct);
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Recent = await intake.RecentAsync(Shown, ct);
        Rejected = await intake.ListOpenAsync(Shown, ct);
    }
}
