using Dapper;
using Microsoft.Data.Sqlite;
using PressDesk.Data;
using PressDesk.Intake;

namespace PressDesk.Journalists;

// The part of an erasure that must reach the disk: the drop folder's copies of the journalist's
// messages, and the old page images SQLite keeps in the write-ahead log and in free pages. A reader
// holding an old snapshot keeps the log from being emptied; then the erasure stays pending
// (journalists.erase_completed_at is null) and ErasureWorker runs this again until it is done.
public sealed class ErasureCleanup(Database database, IntakeErasure intake, TimeProvider time, ILogger<ErasureCleanup> logger) : IDisposable
{
    private readonly SemaphoreSlim _onePass = new(1, 1);

    // The erasures whose VACUUM already ran. In WAL mode a VACUUM writes the whole database into the
    // log; while a reader keeps the log from being reset, each one appends another full copy. So it
    // runs once per erasure (again after a restart), and later passes only retry the checkpoint.
    private readonly HashSet<long> _vacuumed = [];

    // True when no erasure is left pending.
    public async Task<bool> RunAsync(CancellationToken ct = default)
    {
        await _onePass.WaitAsync(ct);
        try
        {
            await using var connection = await database.OpenAsync(ct);
            var pending = (await connection.QueryAsync<long>(
                "SELECT id FROM journalists WHERE erased_at IS NOT NULL AND erase_completed_at IS NULL")).ToList();
            if (pending.Count == 0) return true;

            var filesGone = true;
            foreach (var id in pending) filesGone &= await intake.EraseMessagesOfAsync(connection, id);
            if (!filesGone || !await EmptyTheLogAsync(connection, pending)) return false;

            await connection.ExecuteAsync(
                "UPDATE journalists SET erase_completed_at = @now WHERE id IN @pending",
                new { pending, now = time.GetUtcNow().ToUnixMs() });
            logger.Completed(pending.Count);
            return true;
        }
        finally
        {
            _onePass.Release();
        }
    }

    public void Dispose() => _onePass.Dispose();

    // Rebuilds the file (VACUUM drops free pages, secure_delete zeroes freed cells) and moves the
    // log into it, truncating the log to nothing. False when a reader kept that from happening.
    private async Task<bool> EmptyTheLogAsync(SqliteConnection connection, List<long> pending)
    {
        try
        {
            await connection.ExecuteAsync("PRAGMA secure_delete = ON");
            if (!pending.All(_vacuumed.Contains))
            {
                await connection.ExecuteAsync("VACUUM");
                _vacuumed.UnionWith(pending);
            }
            // A reader may hold its snapshot for long: do not keep the caller waiting for it.
            await connection.ExecuteAsync("PRAGMA busy_timeout = 200");
            var (busy, _, _) = await connection.QuerySingleAsync<(long, long, long)>("PRAGMA wal_checkpoint(TRUNCATE)");
            if (busy == 0) return true;
            logger.LogNotEmptied(pending.Count);
        }
        catch (SqliteException e)
        {
            logger.NotRebuilt(e, pending.Count);
        }
        finally
        {
            await connection.ExecuteAsync("PRAGMA secure_delete = OFF; PRAGMA busy_timeout = 5000;");
        }
        return false;
    }
}

// The log lines of this file, as source-generated LoggerMessage methods (no boxing, no parsing of the template per call).
internal static partial class ErasureCleanupLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Erasure complete on disk for {Count} journalist(s)")]
    public static partial void Completed(this ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Erasure of {Count} journalist(s) pending: a reader keeps the write-ahead log from being emptied; trying again shortly")]
    public static partial void LogNotEmptied(this ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Erasure of {Count} journalist(s) pending: the database file could not be rebuilt now; trying again shortly")]
    public static partial void NotRebuilt(this ILogger logger, Exception exception, int count);
}
