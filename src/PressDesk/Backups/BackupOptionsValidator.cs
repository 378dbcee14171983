using Microsoft.Extensions.Options;
using PressDesk.Data;

namespace PressDesk.Backups;

// Checked at start, so a schedule that could never run stops the app with the key named, rather
// than failing quietly every night.
public sealed class BackupOptionsValidator(IOptions<DataOptions> data) : IValidateOptions<BackupOptions>
{
    public static readonly TimeSpan Shortest = TimeSpan.FromMinutes(1);

    public ValidateOptionsResult Validate(string? name, BackupOptions options)
    {
        if (!options.Enabled) return ValidateOptionsResult.Success;
        var errors = new List<string>();
        if (options.Every < Shortest) errors.Add($"{BackupOptions.Section}:Every must be at least {Shortest} (it is {options.Every}).");
        if (options.Keep < 1) errors.Add($"{BackupOptions.Section}:Keep must be at least 1 (it is {options.Keep}).");
        var folder = Path.GetFullPath(options.Folder!);
        if (folder.TrimEnd(Path.DirectorySeparatorChar) == Path.GetFullPath(data.Value.DataDirectory).TrimEnd(Path.DirectorySeparatorChar))
            errors.Add($"{BackupOptions.Section}:Folder must not be the data folder itself ({folder}); best is another disk.");
        else if (DataDirectory.WriteProblem(folder) is { } problem)
            errors.Add($"{BackupOptions.Section}:Folder '{folder}' cannot be created or written: {problem.Message}");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
