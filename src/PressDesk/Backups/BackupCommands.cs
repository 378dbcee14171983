using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using PressDesk.Localization;

namespace PressDesk.Backups;

// `dotnet PressDesk.dll backup FILE` (while the server runs or not) and `restore FILE` (only while
// it does not). Both run before the schema is touched, so that a damaged database can be restored.
public static class BackupCommands
{
    public const string BackupVerb = "backup", RestoreVerb = "restore";

    public static bool Matches(string[] args) => args is [BackupVerb or RestoreVerb, ..];

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        var services = app.Services;
        using var culture = services.GetRequiredService<IOptions<CultureOptions>>().UseDefaultCulture();
        var L = services.GetRequiredService<IStringLocalizer<BackupRestore>>();
        return args switch
        {
            [BackupVerb, var file] => await BackupAsync(services.GetRequiredService<BackupWriter>(), file, L),
            [RestoreVerb, var file] => await RestoreAsync(services.GetRequiredService<BackupRestore>(), file, L),
            _ => Fail(L["Usage: dotnet PressDesk.dll backup FILE, or dotnet PressDesk.dll restore FILE (with PressDesk stopped)."]),
        };
    }

    private static async Task<int> BackupAsync(BackupWriter writer, string file, IStringLocalizer L)
    {
        try
        {
            var written = await writer.WriteAsync(file);
            Console.Out.WriteLine(L["Backup written to {0}: the database (schema {1}) and {2} key ring files.", Path.GetFullPath(file), written.SchemaVersion, written.KeyFiles.Count]);
            return 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or SqliteException)
        {
            return Fail(L["The backup could not be written: {0}", e.Message]);
        }
    }

    private static async Task<int> RestoreAsync(BackupRestore restore, string file, IStringLocalizer L)
    {
        try
        {
            var restored = await restore.RunAsync(file);
            Console.Out.WriteLine(L["Restored the backup made {0} into {1}.", restored.Manifest.CreatedAt.ToString("u", CultureInfo.InvariantCulture), restored.DataDirectory]);
            if (restored.SetAside is not null)
                Console.Out.WriteLine(L["What was there before is kept in {0}; delete that folder once PressDesk runs well.", restored.SetAside]);
            return 0;
        }
        catch (BackupRefusedException e)
        {
            return Fail(e.Message + Environment.NewLine + L["Nothing is changed."]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail(L["The restore failed: {0}", e.Message] + Environment.NewLine + L["Nothing is changed."]);
        }
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine(message);
        return 1;
    }
}
