using System.ComponentModel.DataAnnotations;

namespace PressDesk.Data;

public sealed class DataOptions
{
    public const string Section = "PressDesk";

    // Relative paths resolve against the working directory, so `dotnet run` from the
    // repository root keeps the database in ./data.
    [Required(ErrorMessage = "PressDesk:DataDirectory must name a folder.")]
    public string DataDirectory { get; set; } = "data";

    public const string DatabaseFileName = "pressdesk.db", KeyRingFolderName = "keys";

    public string DatabasePath => Path.Combine(Path.GetFullPath(DataDirectory), DatabaseFileName);

    // The Data Protection key ring (sign-in cookies, sealed statements); Accounts keeps it there.
    public string KeyRingDirectory => Path.Combine(Path.GetFullPath(DataDirectory), KeyRingFolderName);
}
