namespace PressDesk.Intake.DropFolder;

// Retry for a dropped file: back from rejected/ into the drop folder, where the worker reads it
// again as a new file (after the user fixed it, or the setting that refused it).
public sealed class DropFolderRetry(DropFolderLayout layout) : IIntakeRetry
{
    public IntakeSource Source => IntakeSource.Drop;

    public Task<bool> RetryAsync(IntakeRejection rejection, CancellationToken ct)
    {
        // The name comes from the database; only ever a file directly inside rejected/.
        var name = Path.GetFileName(rejection.SourceName);
        var file = Path.Combine(layout.Rejected, name);
        if (!layout.Enabled || name.Length == 0 || !File.Exists(file)) return Task.FromResult(false);

        // The reason goes first: a crash before the move leaves the file in rejected/ with no
        // reason, which Retry handles again; the other way round the file would come back as an
        // interrupted rejection and be filed straight back.
        File.Delete(DropFolderLayout.ReasonPath(file));
        var target = DropFolderLayout.Variants(name).Select(n => Path.Combine(layout.Root, n)).First(p => !File.Exists(p));
        // Writers share the drop folder: a plain no-overwrite move, never over their file.
        File.Move(file, target, overwrite: false);
        return Task.FromResult(true);
    }
}
