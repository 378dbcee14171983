using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using Dapper;

namespace PressDesk.Data;

// Applies the numbered scripts embedded from Data/Migrations, each once and in its own transaction.
public sealed partial class Migrator(Database database, TimeProvider time, ILogger<Migrator> logger)
{
    public async Task ApplyAsync(CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        // WAL is a property of the database file, so setting it once here is enough.
        await connection.ExecuteAsync("PRAGMA journal_mode = WAL;");
        await connection.ExecuteAsync("""
            CREATE TABLE IF NOT EXISTS schema_migrations (
                version    INTEGER PRIMARY KEY,
                name       TEXT    NOT NULL,
                applied_at INTEGER NOT NULL
            );
            """);
        var applied = (await connection.QueryAsync<long>("SELECT version FROM schema_migrations")).ToHashSet();

        foreach (var script in Scripts().Where(s => !applied.Contains(s.Version)))
        {
            await using var tx = await connection.BeginTransactionAsync(ct);
            await connection.ExecuteAsync(script.Sql, transaction: tx);
            await connection.ExecuteAsync(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@Version, @Name, @Now)",
                new { script.Version, script.Name, Now = time.GetUtcNow().ToUnixMs() }, tx);
            await tx.CommitAsync(ct);
            logger.MigrationApplied(script.Version, script.Name);
        }
        await TouchEveryTableAsync(connection);
    }

    // Reads the first page of every table: a file cut short (a full disk, a bad copy) then fails
    // here, at start, with the message that says what to do, rather than at some later request.
    // A few pages, not a full integrity check, so a start stays fast on a large database.
    private static async Task TouchEveryTableAsync(System.Data.Common.DbConnection connection)
    {
        var tables = await connection.QueryAsync<string>("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
        foreach (var table in tables)
            await connection.ExecuteScalarAsync<long?>($"SELECT 1 FROM \"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\" LIMIT 1");
    }

    internal static IReadOnlyList<MigrationScript> Scripts()
    {
        var assembly = typeof(Migrator).Assembly;
        return assembly.GetManifestResourceNames()
            .Select(resource => (resource, match: ScriptName().Match(resource)))
            .Where(x => x.match.Success)
            .Select(x => new MigrationScript(
                long.Parse(x.match.Groups["version"].Value, CultureInfo.InvariantCulture),
                x.match.Groups["name"].Value,
                Read(assembly, x.resource)))
            .OrderBy(s => s.Version)
            .ToList();
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"\.Migrations\.(?<version>\d{4})_(?<name>[\w-]+)\.sql$")]
    private static partial Regex ScriptName();

    internal sealed record MigrationScript(long Version, string Name, string Sql);
}

// The log lines of this file, as source-generated LoggerMessage methods (no boxing, no parsing of the template per call).
internal static partial class MigratorLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Applied migration {Version:0000} {Name}")]
    public static partial void MigrationApplied(this ILogger logger, long version, string name);
}
