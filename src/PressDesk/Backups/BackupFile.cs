using Microsoft.Data.Sqlite;

namespace PressDesk.Backups;

// A database file a backup or a restore works on: its own unpooled connection, so that nothing
// holds the file once the work is done and it can be zipped, renamed or deleted.
public static class BackupFile
{
    public static SqliteConnection Open(string path, SqliteOpenMode mode)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = mode,
            Pooling = false,
        }.ToString());
        connection.Open();
        return connection;
    }
}
