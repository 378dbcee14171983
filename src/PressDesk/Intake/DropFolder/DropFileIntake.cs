using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using PressDesk.Localization;

namespace PressDesk.Intake.DropFolder;

// One complete file from the drop folder: read it, hand it to the pipeline, then file it away.
// The database comes first and the move second, so a crash in between leaves the file where it
// was; read again after the restart, it is a Duplicate (or the same rejection) and is filed then.
public sealed class DropFileIntake(
    DropFolderLayout layout,
    IntakePipeline pipeline,
    IOptions<IntakeOptions> options,
    IOptions<CultureOptions> culture,
    IStringLocalizer<DropFileIntake> localizer,
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
            // Held by a writer (DroppedFile.Open locks it, as FileShare.None does): not finished with it.
            var opening = DroppedFile.Open(path);
            if (opening is DroppedFile.Opening.NotAFile notAFile)
                return await pipeline.RejectAsync(IntakeSource.Drop, filingName, notAFile.Problem, ct);
            await using var stream = ((DroppedFile.Opening.Opened)opening).Stream;
            if (stream.Length > max)
                return await pipeline.RejectAsync(IntakeSource.Drop, filingName,
                    new IntakeProblem("The file is {0}, over the {1} limit (PressDesk:Intake:MaxMessageBytes); it was not read.", Size(stream.Length), Size(max)), ct);
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
            if (!File.Exists(file) && File.ReadLines(reason).Any(FileLines(name).Contains)) return candidate;
        }
        return null;
    }

    // Written under a temporary name and renamed, so a crash never leaves half a reason. Nobody's
    // request is behind a dropped file, so it is written in PressDesk:Culture.
    private void WriteReason(string reasonPath, IntakeReason reason, string originalName)
    {
        var temporary = Path.Combine(layout.Rejected, "." + Path.GetFileName(reasonPath) + ".tmp");
        File.WriteAllText(temporary, ReasonText(reason, originalName, culture.Value.Default));
        File.Move(temporary, reasonPath, overwrite: true);
    }

    private string ReasonText(IntakeReason reason, string originalName, CultureInfo language)
    {
        using var scope = Languages.Use(language);   // one synchronous call: set and given back on this thread
        var rejectedAt = localizer["Rejected at: {0:yyyy-MM-dd HH:mm:ss} UTC", time.GetUtcNow().UtcDateTime];
        return $"{reason.In(language)}\n\n{FileLine(originalName)}\n{rejectedAt}\n";
    }

    private string FileLine(string originalName) => localizer["File: {0}", originalName];

    // The "File:" line in each language: a reason file may have been written before PressDesk:Culture changed.
    private IReadOnlyList<string> FileLines(string originalName) => [.. Languages.All.Select(language =>
    {
        using var scope = Languages.Use(language);
        return FileLine(originalName);
    })];

    private static IntakeProblem Size(long bytes) =>
        bytes >= 1024 * 1024 ? new("{0:0.#} MB", bytes / (1024.0 * 1024))
        : bytes >= 1024 ? new("{0:0.#} KB", bytes / 1024.0)
        : new("{0} bytes", bytes);
}

// The log lines of this file, as source-generated LoggerMessage methods (no boxing, no parsing of the template per call).
internal static partial class DropFileIntakeLog
{
    [LoggerMessage(Level = LogLevel.Debug, Message = "Drop folder: {Name} cannot be read yet")]
    public static partial void NotReadableYet(this ILogger logger, Exception exception, string name);
}
