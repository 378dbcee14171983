using Microsoft.Extensions.Options;

namespace PressDesk.Intake.DropFolder;

// Where things are in the drop folder, and the naming rules that keep every file: new files at the
// top, processed/ and rejected/ (with <name>.reason.txt) inside it. Names never overwrite; a taken
// name gets a "-2", "-3"... before its extension.
public sealed class DropFolderLayout(IOptionsMonitor<IntakeOptions> options)
{
    public const string ReasonSuffix = ".reason.txt";

    // Read on each use: the folder may be changed on the Settings page (the worker restarts then).
    public bool Enabled => !string.IsNullOrWhiteSpace(options.CurrentValue.DropFolder);
    public string Root => Path.GetFullPath(Enabled ? options.CurrentValue.DropFolder! : ".");
    public string Processed => Path.Combine(Root, "processed");
    public string Rejected => Path.Combine(Root, "rejected");

    public void Create()
    {
        Directory.CreateDirectory(Processed);
        Directory.CreateDirectory(Rejected);
    }

    // Only .eml and .json; a name starting with '.' or ending in .tmp/.part is a file still being
    // written under a temporary name (the writer renames it when it is complete).
    public static bool IsCandidate(string name) =>
        !name.StartsWith('.')
        && !name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase)
        && !name.EndsWith(".part", StringComparison.OrdinalIgnoreCase)
        && (name.EndsWith(".eml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".json", StringComparison.OrdinalIgnoreCase));

    public static string ReasonPath(string path) => path + ReasonSuffix;

    // name, name-2, name-3...: the names a file called `name` may have been filed under.
    public static IEnumerable<string> Variants(string name)
    {
        yield return name;
        var stem = Path.GetFileNameWithoutExtension(name);
        var extension = Path.GetExtension(name);
        for (var n = 2; ; n++) yield return $"{stem}-{n}{extension}";
    }

    // One name free in both processed/ and rejected/, so the pipeline can record it before it
    // knows the outcome, and a rejection's name is where Retry finds the file.
    public string FreeFilingName(string name) => Variants(name).First(candidate =>
        !File.Exists(Path.Combine(Processed, candidate))
        && !File.Exists(Path.Combine(Rejected, candidate))
        && !File.Exists(ReasonPath(Path.Combine(Rejected, candidate))));

    // Moves without ever overwriting. Only the drop-folder worker writes into processed/ and
    // rejected/, so after the existence check a plain rename is safe, and rename(2) is atomic:
    // a crash leaves the file in one place or the other, never in both (File.Move without
    // overwrite links then unlinks, which a crash can leave half done).
    public static void MoveNoOverwrite(string from, string to)
    {
        if (File.Exists(to)) throw new IOException($"{to} already exists; it is never overwritten.");
        File.Move(from, to, overwrite: true);
    }
}
