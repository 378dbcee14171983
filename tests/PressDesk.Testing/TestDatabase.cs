using Dapper;
using Microsoft.Data.Sqlite;

namespace PressDesk.Testing;

// The one way a test reads (or, to set up a case, writes) PressDesk's SQLite file behind the app's
// back: a connection of its own, unpooled so that nothing holds the file once the test is done.
public sealed class TestDatabase(string path)
{
    public string Path { get; } = path;

    public static TestDatabase In(string dataDirectory) => new(System.IO.Path.Combine(dataDirectory, "pressdesk.db"));

    public async Task<SqliteConnection> OpenAsync(bool readOnly = false)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWrite,
            ForeignKeys = true,
            Pooling = false,
        }.ToString());
        await connection.OpenAsync();
        return connection;
    }

    public async Task<List<T>> QueryAsync<T>(string sql, object? args = null)
    {
        await using var connection = await OpenAsync();
        return (await connection.QueryAsync<T>(sql, args)).ToList();
    }

    public async Task<T> ScalarAsync<T>(string sql, object? args = null)
    {
        await using var connection = await OpenAsync();
        return await connection.ExecuteScalarAsync<T>(sql, args) ?? default!;
    }

    public async Task<int> ExecuteAsync(string sql, object? args = null)
    {
        await using var connection = await OpenAsync();
        return await connection.ExecuteAsync(sql, args);
    }
}
