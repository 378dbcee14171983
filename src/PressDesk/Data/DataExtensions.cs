using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using PressDesk.Hosting;

namespace PressDesk.Data;

public static class DataExtensions
{
    // SQLite's result codes for a file that is not (or no longer) a sound database.
    private const int SqliteCorrupt = 11, SqliteNotADatabase = 26;

    public static WebApplicationBuilder AddPressDeskData(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<DataOptions>()
            .BindConfiguration(DataOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        builder.Services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<DataOptions>>().Value;
            DataDirectory.EnsureWritable(options.DataDirectory);
            return new Database(options.DatabasePath);
        });
        builder.Services.AddSingleton<DataFolderLock>();
        builder.Services.AddSingleton<Migrator>();
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return builder;
    }

    // A server holds its data folder from before the schema is touched until the host stops, or until
    // Main ends if the start is refused later on (in a test host the process does not end then).
    public static DataFolderLock HoldDataFolder(this WebApplication app)
    {
        var folder = app.Services.GetRequiredService<DataFolderLock>();
        if (!folder.TryHold())
            throw new StartRefusedException(
                $"Another PressDesk is already running on the data folder {folder.DataDirectory} (it holds {folder.FilePath}). " +
                "Two servers on one folder would send every alert twice: stop the other one first, " +
                "or give this one a PressDesk:DataDirectory of its own.");
        app.Lifetime.ApplicationStopped.Register(folder.Dispose);
        return folder;
    }

    // Runs before Kestrel starts listening, so no request ever sees an old schema.
    public static async Task MigrateDatabaseAsync(this WebApplication app)
    {
        try
        {
            await app.Services.GetRequiredService<Migrator>().ApplyAsync();
        }
        catch (SqliteException e) when (e.SqliteErrorCode is SqliteCorrupt or SqliteNotADatabase)
        {
            var path = app.Services.GetRequiredService<IOptions<DataOptions>>().Value.DatabasePath;
            throw new StartRefusedException(
                $"The database file {path} is damaged (SQLite: {e.Message}). PressDesk cannot start on it. " +
                "Restore the latest backup with: dotnet PressDesk.dll restore <backup file> " +
                "(it puts the damaged file aside first; see Backups in the README).", e);
        }
    }
}
