using Dapper;
using PressDesk.Data;

namespace PressDesk.Interviews;

// Versions before 0017 stored "how they agreed" and the interview notes in clear. At start, what
// the rule now seals (InterviewStore.SealsNotes) is sealed in place; SQL cannot encrypt, so this
// runs in the app, once per row: a sealed row no longer matches.
public sealed class LedgerSealing(Database database, StatementProtector protector, ILogger<LedgerSealing> logger)
{
    public async Task SealPlainTextAsync(CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        var hows = (await connection.QueryAsync<(long Id, string How)>(
            "SELECT id, agreement_how FROM statements WHERE level <> 'OnRecord' AND agreement_how IS NOT NULL")).ToList();
        var notes = (await connection.QueryAsync<(long RequestId, string Notes)>("""
            SELECT request_id, notes FROM interviews i
            WHERE notes IS NOT NULL AND EXISTS (SELECT 1 FROM statements s WHERE s.request_id = i.request_id AND s.level <> 'OnRecord')
            """)).ToList();
        if (hows.Count == 0 && notes.Count == 0) return;

        // Zero the cells the clear text leaves, and empty the log once done, so no copy stays on disk.
        await connection.ExecuteAsync("PRAGMA secure_delete = ON");
        await using (var tx = await connection.BeginTransactionAsync(ct))
        {
            await connection.ExecuteAsync(
                "UPDATE statements SET sealed_agreement_how = @sealedHow, agreement_how = NULL WHERE id = @Id",
                hows.Select(h => new { h.Id, sealedHow = protector.Seal(h.How) }), tx);
            await connection.ExecuteAsync(
                "UPDATE interviews SET sealed_notes = @sealedNotes, notes = NULL WHERE request_id = @RequestId",
                notes.Select(n => new { n.RequestId, sealedNotes = protector.Seal(n.Notes) }), tx);
            await tx.CommitAsync(ct);
        }
        await connection.ExecuteAsync("VACUUM");
        await connection.ExecuteAsync("PRAGMA wal_checkpoint(TRUNCATE)");
        logger.Sealed(hows.Count, notes.Count);
    }
}

// The log lines of this file, as source-generated LoggerMessage methods (no boxing, no parsing of the template per call).
internal static partial class LedgerSealingLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Sealed {Hows} \"how they agreed\" and {Notes} interview notes stored in clear by an earlier version")]
    public static partial void Sealed(this ILogger logger, int hows, int notes);
}
