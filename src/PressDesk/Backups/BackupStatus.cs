namespace PressDesk.Backups;

// The last scheduled backup of this run of the server, for the owner's Backups page. Older ones
// are read from the folder itself.
public sealed class BackupStatus
{
    public sealed record Outcome(DateTimeOffset At, string? File, long Bytes, string? Error);

    private volatile Outcome? _last;

    public Outcome? Last => _last;

    public void Succeeded(DateTimeOffset at, string file, long bytes) => _last = new Outcome(at, file, bytes, null);

    public void Failed(DateTimeOffset at, string error) => _last = new Outcome(at, null, 0, error);
}
