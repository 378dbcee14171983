using Dapper;
using PressDesk.Data;
using PressDesk.Requests;

namespace PressDesk.Journalists;

public enum MergeOutcome { Merged, NotFound, SameRecord, Erased }

public sealed record MergeResult(MergeOutcome Outcome, IReadOnlyDictionary<string, int> Moved);

// Two records of the same person become one: everything that points at the removed record
// (requests, pitches, and whatever later features link to a journalist) moves to the kept one,
// blank fields of the kept one are filled from the removed one, and the removed one is deleted.
public sealed class JournalistMerge(RequestLifecycle lifecycle, TimeProvider time)
{
    public async Task<MergeResult> MergeAsync(long keepId, long removeId, CancellationToken ct = default)
    {
        var none = new Dictionary<string, int>();
        if (keepId == removeId) return new MergeResult(MergeOutcome.SameRecord, none);

        await using var write = await lifecycle.BeginAsync(ct);
        var (connection, tx) = (write.Connection, write.Transaction);
        var keep = await JournalistStore.GetAsync(connection, tx, keepId);
        var remove = await JournalistStore.GetAsync(connection, tx, removeId);
        if (keep is null || remove is null) return new MergeResult(MergeOutcome.NotFound, none);
        if (keep.IsErased || remove.IsErased) return new MergeResult(MergeOutcome.Erased, none);

        // Requests move through their owner; the other tables are found from the schema, so a
        // table a later migration links to journalists moves too.
        var references = await connection.QueryAsync<(string Table, string Column)>("""
            SELECT m.name, f."from"
            FROM sqlite_schema m JOIN pragma_foreign_key_list(m.name) f
            WHERE m.type = 'table' AND f."table" = 'journalists' AND m.name <> 'requests'
            ORDER BY m.name
            """, transaction: tx);
        var moved = new Dictionary<string, int> { ["requests"] = await write.ReassignAsync(removeId, keepId) };
        foreach (var (table, column) in references)
        {
            moved[table] = await connection.ExecuteAsync(
                $"UPDATE {Quote(table)} SET {Quote(column)} = @keepId WHERE {Quote(column)} = @removeId",
                new { keepId, removeId }, tx);
        }

        await connection.ExecuteAsync("""
            UPDATE journalists SET
                email = coalesce(journalists.email, r.email),
                phone = coalesce(journalists.phone, r.phone),
                beat = coalesce(journalists.beat, r.beat),
                preferred_channel = coalesce(journalists.preferred_channel, r.preferred_channel),
                notes = CASE WHEN journalists.notes IS NULL THEN r.notes
                             WHEN r.notes IS NULL OR r.notes = journalists.notes THEN journalists.notes
                             ELSE journalists.notes || char(10) || char(10) || r.notes END,
                updated_at = @now
            FROM (SELECT email, phone, beat, preferred_channel, notes FROM journalists WHERE id = @removeId) AS r
            WHERE journalists.id = @keepId
            """, new { keepId, removeId, now = time.GetUtcNow().ToUnixMs() }, tx);
        await connection.ExecuteAsync("DELETE FROM journalists WHERE id = @removeId", new { removeId }, tx);
        await write.CommitAsync(ct);
        return new MergeResult(MergeOutcome.Merged, moved);
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"") + "\"";
}
