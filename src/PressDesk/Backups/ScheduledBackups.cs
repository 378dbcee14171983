using System.Globalization;
using Microsoft.Extensions.Options;

namespace PressDesk.Backups;

// One pass of the schedule: when the newest backup in PressDesk:Backup:Folder is Every old (or there
// is none), write a new one, then delete the oldest beyond Keep. Only files named as this writes
// them are counted or deleted; anything else in the folder is left alone.
public sealed class ScheduledBackups(BackupWriter writer, BackupStatus status, IOptions<BackupOptions> options, TimeProvider time)
{
    private const string Prefix = "pressdesk-backup-", Stamp = "yyyyMMdd'T'HHmmss'Z'", Extension = ".zip";

    public async Task<DateTimeOffset?> RunAsync(CancellationToken ct)
    {
        var settings = options.Value;
        if (!settings.Enabled) return null;
        var now = time.GetUtcNow();
        var kept = Kept(settings.Folder!);
        var newest = kept.Count > 0 ? kept[0] : null;
        if (newest is not null && newest.MadeAt + settings.Every > now) return newest.MadeAt + settings.Every;

        var file = Path.Combine(Path.GetFullPath(settings.Folder!), Prefix + now.ToString(Stamp, CultureInfo.InvariantCulture) + Extension);
        try
        {
            await writer.WriteAsync(file, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            status.Failed(now, e.Message);
            throw;
        }
        foreach (var old in Kept(settings.Folder!).Skip(settings.Keep)) File.Delete(old.Path);
        status.Succeeded(now, file, new FileInfo(file).Length);
        return now + settings.Every;
    }

    public sealed record KeptBackup(string Path, DateTimeOffset MadeAt, long Bytes);

    // Newest first.
    public static IReadOnlyList<KeptBackup> Kept(string folder) =>
        !Directory.Exists(folder) ? [] :
        [.. new DirectoryInfo(folder).EnumerateFiles(Prefix + "*" + Extension)
            .Select(f => DateTimeOffset.TryParseExact(f.Name[Prefix.Length..^Extension.Length], Stamp, CultureInfo.InvariantCulture,
                    DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var madeAt)
                ? new KeptBackup(f.FullName, madeAt, f.Length) : null)
            .OfType<KeptBackup>()
            .OrderByDescending(b => b.MadeAt)];
}
