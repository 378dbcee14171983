using System.ComponentModel.DataAnnotations;

namespace PressDesk.Data;

public sealed class DataOptions
{
    public const string Section = "PressDesk";

    // Relative paths resolve against the working directory, so `dotnet run` from the
    // repository root keeps the database in ./data.
    [Required(ErrorMessage = "PressDesk:DataDirectory must name a folder.")]
    public string DataDirectory { get; set; } = "data";

    public string DatabasePath => Path.Combine(Path.GetFullPath(DataDirectory), "pressdesk.db");
}
