using System.Text;
using Dapper;

namespace PressDesk.Tests.Reliability.Hostile;

// Every row of every table that holds what users stored, as text, to compare before and after.
// Left out: tables that log visits and sign-ins (sessions, API-key use, sign-in attempts) and
// the intake's rejection log, which record activity rather than data.
public static class StoreSnapshot
{
    private static readonly string[] LogTables = ["sessions", "api_keys", "sign_in_attempts", "schema_migrations", "intake_rejections"];

    public static async Task<string> TakeAsync(string databasePath)
    {
        await using var connection = await new TestDatabase(databasePath).OpenAsync(readOnly: true);
        var tables = (await connection.QueryAsync<string>(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")).Except(LogTables);
        var text = new StringBuilder();
        foreach (var table in tables)
        {
            text.Append("## ").AppendLine(table);
            foreach (IDictionary<string, object?> row in await connection.QueryAsync($"SELECT * FROM \"{table}\""))
                text.AppendLine(string.Join(" | ", row.Select(kv => $"{kv.Key}={Show(kv.Value)}")));
        }
        return text.ToString();
    }

    private static string Show(object? value) => value switch
    {
        null => "null",
        byte[] bytes => Convert.ToHexString(bytes),
        _ => value.ToString()!,
    };
}
