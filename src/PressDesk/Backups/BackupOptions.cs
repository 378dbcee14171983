namespace PressDesk.Backups;

public sealed class BackupOptions
{
    public const string Section = "PressDesk:Backup";

    // Where the scheduled backups go; empty turns them off (the backup command works either way).
    // Best on another disk than the data folder.
    public string? Folder { get; set; }

    public TimeSpan Every { get; set; } = TimeSpan.FromDays(1);

    // How many scheduled backups are kept; the oldest beyond that are deleted.
    public int Keep { get; set; } = 7;

    public bool Enabled => !string.IsNullOrWhiteSpace(Folder);
}
