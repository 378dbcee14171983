using Microsoft.Data.Sqlite;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Data;

// A damaged database stops the start with one message that names the file and says how to get the
// data back (the restore command), not with a stack trace.
public class DamagedDatabaseTests
{
    public static TheoryData<string> Damages => ["garbage", "truncated"];

    [Theory]
    [MemberData(nameof(Damages))]
    public async Task A_damaged_database_file_stops_the_start_naming_the_file_and_the_restore_command(string damage)
    {
        var data = PressDeskApp.NewDataDirectory();
        try
        {
            var database = Path.Combine(data, "pressdesk.db");
            if (damage == "garbage") await File.WriteAllBytesAsync(database, [.. Enumerable.Range(0, 8192).Select(i => (byte)(i * 37 % 251))]);
            else await TruncatedDatabaseAsync(data, database);

            var start = await AppCommand.RunAsync(data, [], settings: new Dictionary<string, string> { ["Urls"] = $"http://127.0.0.1:{Loopback.FreePort()}" });

            Assert.Equal(1, start.ExitCode);
            Assert.Contains($"The database file {database} is damaged", start.Errors);
            Assert.Contains("dotnet PressDesk.dll restore", start.Errors);
            Assert.DoesNotContain("   at ", start.Errors);
            Assert.DoesNotContain("Unhandled exception", start.Errors);
        }
        finally
        {
            PressDeskApp.DeleteQuietly(data);
        }
    }

    // A real PressDesk database with some requests, cut to its first pages: the schema is there,
    // the tables' pages are not.
    private static async Task TruncatedDatabaseAsync(string data, string database)
    {
        await using (var app = new PressDeskApp(data))
        {
            var api = app.CreateApiClient();
            for (var i = 0; i < 30; i++)
                await api.PostJsonAsync("/api/requests", ApiClient.Claire(DateTimeOffset.UtcNow.AddMinutes(-3)));
        }
        SqliteConnection.ClearAllPools();
        await using (var file = new FileStream(database, FileMode.Open)) file.SetLength(8192);
        foreach (var leftover in new[] { "-wal", "-shm" }) File.Delete(database + leftover);
    }
}
