using Microsoft.Data.Sqlite;

namespace PressDesk.Data;

// Hands out one open connection per unit of work; Microsoft.Data.Sqlite pools the handles.
public sealed class Database(string databasePath)
{
    private readonly string _connectionString = new SqliteConnectionStringBuilder
    {
        DataSource = databasePath,
        Mode = SqliteOpenMode.ReadWriteCreate,
        Cache = SqliteCacheMode.Private,
        ForeignKeys = true,
        Pooling = true,
    }.ToString();

    public string Path { get; } = databasePath;

    public async Task<SqliteConnection> OpenAsync(CancellationToken ct = default)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(ct);
        // Per-connection settings: wait for a competing writer instead of failing at once,
        // and the durability level SQLite recommends for WAL.
        using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA busy_timeout = 5000; PRAGMA synchronous = NORMAL;";
        await pragma.ExecuteNonQueryAsync(ct);
        return connection;
    }
}
