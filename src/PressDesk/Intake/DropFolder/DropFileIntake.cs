using Microsoft.Extensions.Options;

namespace PressDesk.Intake.DropFolder;

// One complete file from the drop folder: read it, hand it to the pipeline, then file it away.
// The database comes first and the move second, so a crash in between leaves the file where it
// was; read again after the restart, it is a Duplicate (or the same rejection) and is filed then.
public sealed class DropFileIntake(
    DropFolderLayout layout,
    IntakePipeline pipeline,
    IOptions<IntakeOptions> options,
    TimeProvider time,
    ILogger<DropFileIntake> logger)
{
    // False when the file cannot be read yet (a writer holds it locked, or it vanished): try later.
    public async Task<bool> IngestAsync(string path, CancellationToken ct)
    {
        var name = Path.GetFileName(path);
        if (PendingRejection(name) is { } filed)
        {
            // The reason file was written before a crash stopped the move: only the move is left.
            DropFolderLayout.MoveNoOverwrite(path, Path.Combine(layout.Rejected, filed));
            return true;
        }

        var filingName = layout.FreeFilingName(name);
        var outcome = await ReadAndIngestAsync(path, name, filingName, ct);
        switch (outcome)
        {
            case null:
                return false;
            case IntakeOutcome.Rejected rejected:
                var target = Path.Combine(layout.Rejected, filingName);
                WriteReason(DropFolderLayout.ReasonPath(target), rejected.Reason, name);
                DropFolderLayout.MoveNoOverwrite(path, target);
                return true;
            default:
                DropFolderLayout.MoveNoOverwrite(path, Path.Combine(layout.Processed, filingName));
                return true;
        }
    }

    private async Task<IntakeOutcome?> ReadAndIngestAsync(string path, string name, string filingName, CancellationToken ct)
    {
        var max = options.Value.MaxMessageBytes;
        byte[] content;
        try
        {
            // FileShare.None: a writer that holds the file (a .NET writer, or one using flock) is
            // not finished with it.
            await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.None);
            if (stream.Length > max)
                return await pipeline.RejectAsync(IntakeSource.Drop, filingName,
                    $"The file is {Size(stream.Length)}, over the {Size(max)} limit (PressDesk:Intake:MaxMessageBytes); it was not read.", ct);
            content = new byte[stream.Length];
            await stream.ReadExactlyAsync(content, ct);
        }
        catch (IOException e) when (e is not EndOfStreamException)
        {
            logger.NotReadableYet(e, name);
            return null;
        }

        var (message, problem) = DropFileReader.Read(content, name, filingName);
        return message is null
            ? await pipeline.RejectAsync(IntakeSource.Drop, filingName, problem!, ct)
            : await pipeline.IngestAsync(message, ct);
    }

    // A reason file in rejected/ for this name, without its file beside it, is a rejection that
    // a crash interrupted. Its "File:" line says which dropped file it was written for.
    private string? PendingRejection(string name)
    {
        foreach (var candidate in DropFolderLayout.Variants(name))
        {
            var file = Path.Combine(layout.Rejected, candidate);
            var reason = DropFolderLayout.ReasonPath(file);
            if (!File.Exists(reason))
            {
                if (File.Exists(file) || File.Exists(Path.Combine(layout.Processed, candidate))) continue;
                return null;
            }
            if (!File.Exists(file) && File.ReadLines(reason).Contains(FileLine(name))) return candidate;
        }
        return null;
    }

    // Written under a temporary name and renamed, so a crash never leaves half a reason.
    private void WriteReason(string reasonPath, string reason, string originalName)
    {
        var temporary = Path.Combine(layout.Rejected, "." + Path.GetFileName(reasonPath) + ".tmp");
        File.WriteAllText(temporary, $"{reason}\n\n{FileLine(originalName)}\nRejected at: {time.GetUtcNow():yyyy-MM-dd HH:mm:ss} UTC\n");
        File.Move(temporary, reasonPath, overwrite: true);
    }

    private static string FileLine(string originalName) => $"File: {originalName}";

    private static string Size(long bytes) =>
        bytes >= 1024 * 1024 ? $"{bytes / (1024.0 * 1024):0.#} MB" : bytes >= 1024 ? $"{bytes / 1024.0:0.#} KB" : $"{bytes} bytes";
}

// The log lines of this file, as source-generated LoggerMessage methods (no boxing, no parsing of the template per call).
internal static partial class DropFileIntakeLog
{
    [LoggerMessage(Level = LogLevel.Debug, Message = "Drop folder: {Name} cannot be read yet")]
    public static partial void NotReadableYet(this ILogger logger, Exception exception, string name);
}
