using Microsoft.Extensions.Options;

namespace PressDesk.Intake.DropFolder;

// One look at the drop folder. A file is complete when it has the name it will keep (not a
// temporary one, see DropFolderLayout.IsCandidate) and its size and modification time have stayed
// the same across two looks at least SettleTime apart.
public sealed class DropFolderScan(
    DropFolderLayout layout,
    DropFileIntake intake,
    IOptions<IntakeOptions> options,
    TimeProvider time,
    ILogger<DropFolderScan> logger)
{
    private sealed record Look(long Size, DateTime Modified, DateTimeOffset Since);

    private readonly Dictionary<string, Look> _looks = [];

    // Reads every complete file; true when some were still settling (look again soon).
    public async Task<bool> PassAsync(CancellationToken ct)
    {
        var (ready, settling) = LookAtFolder();
        foreach (var path in ready)
        {
            ct.ThrowIfCancellationRequested();
            try
            {
                if (await intake.IngestAsync(path, ct)) _looks.Remove(path);
                else settling = true;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One bad file must not stop the others; it is tried again at the next look.
                logger.NotTakenIn(e, Path.GetFileName(path));
            }
        }
        return settling;
    }

    private (List<string> Ready, bool Settling) LookAtFolder()
    {
        var now = time.GetUtcNow();
        var settle = options.Value.SettleTime;
        var ready = new List<(string Path, DateTime Modified)>();
        var present = new HashSet<string>();
        var settling = false;
        foreach (var file in new DirectoryInfo(layout.Root).EnumerateFiles())
        {
            if (!DropFolderLayout.IsCandidate(file.Name)) continue;
            Look look;
            try
            {
                look = new Look(file.Length, file.LastWriteTimeUtc, now);
            }
            catch (IOException)
            {
                continue; // gone between the listing and the look
            }
            present.Add(file.FullName);
            var seen = _looks.GetValueOrDefault(file.FullName);
            var unchanged = seen is not null && seen.Size == look.Size && seen.Modified == look.Modified;
            if (!unchanged) _looks[file.FullName] = seen = look;
            if (now - seen!.Since >= settle) ready.Add((file.FullName, look.Modified));
            else settling = true;
        }
        foreach (var gone in _looks.Keys.Where(path => !present.Contains(path)).ToList()) _looks.Remove(gone);
        // Oldest first, so a burst is taken in in the order it arrived.
        return (ready.OrderBy(f => f.Modified).ThenBy(f => f.Path, StringComparer.Ordinal).Select(f => f.Path).ToList(), settling);
    }
}

// The log lines of this file, as source-generated LoggerMessage methods (no boxing, no parsing of the template per call).
internal static partial class DropFolderScanLog
{
    [LoggerMessage(Level = LogLevel.Error, Message = "Drop folder: {Name} could not be taken in; it stays where it is")]
    public static partial void NotTakenIn(this ILogger logger, Exception exception, string name);
}
