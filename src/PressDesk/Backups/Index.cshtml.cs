using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using PressDesk.Accounts;

namespace PressDesk.Backups;

// The owner's view of the backup schedule: its settings, the last result and the backups kept.
[Authorize(Policy = AccountsExtensions.OwnerPolicy)]
public sealed class IndexModel(IOptions<BackupOptions> options, BackupStatus status) : PageModel
{
    public BackupOptions Settings => options.Value;

    public BackupStatus.Outcome? Last => status.Last;

    public IReadOnlyList<ScheduledBackups.KeptBackup> Kept { get; private set; } = [];

    public void OnGet()
    {
        if (Settings.Enabled) Kept = ScheduledBackups.Kept(Settings.Folder!);
    }

    public static string Megabytes(long bytes) => (bytes / 1024.0 / 1024.0).ToString("0.0", System.Globalization.CultureInfo.CurrentCulture);
}
