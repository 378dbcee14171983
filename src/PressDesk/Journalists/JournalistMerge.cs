using System.Data;
using Dapper;
using Microsoft.Extensions.Localization;
using PressDesk.Data;
using PressDesk.Requests;
using PressDesk.Validation;

namespace PressDesk.Journalists;

// What hangs on the removed record and moves with it. Statements and publications belong to its
// requests, so they move with them; they are counted because they are what a user cares about.
public sealed record MergeCounts(int Requests, int Pitches, int Statements, int Publications)
{
    public bool None => Requests == 0 && Pitches == 0 && Statements == 0 && Publications == 0;
}

// What a merge would do, read before the user confirms it. Filled names the kept record's blank
// fields that the removed one fills (as the journalist page labels them); AddsNotes: both have
// different notes, and the removed one's are added after the kept one's.
public sealed record MergePreview(string RemovedName, string? RemovedOutlet, MergeCounts Moving, IReadOnlyList<string> Filled, bool AddsNotes);

// Two records of the same person become one: everything that points at the removed record
// (requests, pitches, and whatever later features link to a journalist) moves to the kept one,
// blank fields of the kept one are filled from the removed one, and the removed one is deleted.
public sealed class JournalistMerge(RequestLifecycle lifecycle, Database database, IStringLocalizer<JournalistMerge> localizer, TimeProvider time)
{
    // A read only: the preview and the merge check the pair the same way, so the confirm step
    // refuses what the preview would have refused (a record erased or removed in between).
    public async Task<Validated<MergePreview>> PreviewAsync(long keepId, long removeId, CancellationToken ct = default)
    {
        if (keepId == removeId) return Refused<MergePreview>("A record cannot be merged with itself.");
        await using var connection = await database.OpenAsync(ct);
        var pair = await ReadPairAsync(connection, null, keepId, removeId);
        return Check<MergePreview>(pair) ?? Validated.Valid(pair!.ToPreview());
    }

    public async Task<Validated<MergeCounts>> MergeAsync(long keepId, long removeId, CancellationToken ct = default)
    {
        if (keepId == removeId) return Refused<MergeCounts>("A record cannot be merged with itself.");

        await using var write = await lifecycle.BeginAsync(ct);
        var (connection, tx) = (write.Connection, write.Transaction);
        var pair = await ReadPairAsync(connection, tx, keepId, removeId);
        if (Check<MergeCounts>(pair) is { } refused) return refused;

        // Requests move through their owner; the other tables are found from the schema, so a
        // table a later migration links to journalists moves too.
        var references = await connection.QueryAsync<(string Table, string Column)>("""
            SELECT m.name, f."from"
            FROM sqlite_schema m JOIN pragma_foreign_key_list(m.name) f
            WHERE m.type = 'table' AND f."table" = 'journalists' AND m.name <> 'requests'
            ORDER BY m.name
            """, transaction: tx);
        await write.ReassignAsync(removeId, keepId);
        foreach (var (table, column) in references)
        {
            await connection.ExecuteAsync(
                $"UPDATE {Quote(table)} SET {Quote(column)} = @keepId WHERE {Quote(column)} = @removeId",
                new { keepId, removeId }, tx);
        }

        await connection.ExecuteAsync("""
            UPDATE journalists SET
                email = coalesce(journalists.email, r.email),
                phone = coalesce(journalists.phone, r.phone),
                beat = coalesce(journalists.beat, r.beat),
                preferred_channel = coalesce(journalists.preferred_channel, r.preferred_channel),
                language = coalesce(journalists.language, r.language),
                notes = CASE WHEN journalists.notes IS NULL THEN r.notes
                             WHEN r.notes IS NULL OR r.notes = journalists.notes THEN journalists.notes
                             ELSE journalists.notes || char(10) || char(10) || r.notes END,
                updated_at = @now
            FROM (SELECT email, phone, beat, preferred_channel, language, notes FROM journalists WHERE id = @removeId) AS r
            WHERE journalists.id = @keepId
            """, new { keepId, removeId, now = time.GetUtcNow().ToUnixMs() }, tx);
        await connection.ExecuteAsync("DELETE FROM journalists WHERE id = @removeId", new { removeId }, tx);
        await write.CommitAsync(ct);
        // Counted in the same transaction as the moves, so this is what moved.
        return Validated.Valid(pair!.Counts);
    }

    private Validated<T>? Check<T>(Pair? pair) => pair switch
    {
        null => Refused<T>("That record no longer exists."),
        { Erased: true } => Refused<T>("An erased record cannot be merged."),
        _ => null,
    };

    private Validated<T> Refused<T>(string message)
    {
        var errors = new FieldErrors(localizer);
        errors.Add(nameof(MergeModel.Other), message);
        return Validated.Invalid<T>(errors.ToDictionary());
    }

    // One statement, so the counts and the fields are one snapshot of the pair. The fill rules
    // mirror the UPDATE in MergeAsync.
    private static async Task<Pair?> ReadPairAsync(IDbConnection connection, IDbTransaction? tx, long keepId, long removeId) =>
        await connection.QuerySingleOrDefaultAsync<Pair>("""
            SELECT r.name AS RemovedName, o.name AS RemovedOutlet,
                   k.erased_at IS NOT NULL OR r.erased_at IS NOT NULL AS Erased,
                   (SELECT count(*) FROM requests q WHERE q.journalist_id = r.id) AS Requests,
                   (SELECT count(*) FROM pitches p WHERE p.journalist_id = r.id) AS Pitches,
                   (SELECT count(*) FROM statements s JOIN requests q ON q.id = s.request_id WHERE q.journalist_id = r.id) AS Statements,
                   (SELECT count(*) FROM publications p JOIN requests q ON q.id = p.request_id WHERE q.journalist_id = r.id) AS Publications,
                   k.email IS NULL AND r.email IS NOT NULL AS FillsEmail,
                   k.phone IS NULL AND r.phone IS NOT NULL AS FillsPhone,
                   k.beat IS NULL AND r.beat IS NOT NULL AS FillsBeat,
                   k.preferred_channel IS NULL AND r.preferred_channel IS NOT NULL AS FillsChannel,
                   k.language IS NULL AND r.language IS NOT NULL AS FillsLanguage,
                   k.notes IS NULL AND r.notes IS NOT NULL AS FillsNotes,
                   k.notes IS NOT NULL AND r.notes IS NOT NULL AND r.notes <> k.notes AS AddsNotes
            FROM journalists k, journalists r LEFT JOIN outlets o ON o.id = r.outlet_id
            WHERE k.id = @keepId AND r.id = @removeId
            """, new { keepId, removeId }, tx);

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"") + "\"";

    private sealed class Pair
    {
        public string RemovedName { get; init; } = "";
        public string? RemovedOutlet { get; init; }
        public bool Erased { get; init; }
        public int Requests { get; init; }
        public int Pitches { get; init; }
        public int Statements { get; init; }
        public int Publications { get; init; }
        public bool FillsEmail { get; init; }
        public bool FillsPhone { get; init; }
        public bool FillsBeat { get; init; }
        public bool FillsChannel { get; init; }
        public bool FillsLanguage { get; init; }
        public bool FillsNotes { get; init; }
        public bool AddsNotes { get; init; }

        public MergeCounts Counts => new(Requests, Pitches, Statements, Publications);

        public MergePreview ToPreview()
        {
            var filled = new List<string>();
            if (FillsEmail) filled.Add("Email");
            if (FillsPhone) filled.Add("Phone");
            if (FillsBeat) filled.Add("Beat");
            if (FillsChannel) filled.Add("Preferred channel");
            if (FillsLanguage) filled.Add("Language");
            if (FillsNotes) filled.Add("Notes");
            return new MergePreview(RemovedName, RemovedOutlet, Counts, filled, AddsNotes);
        }
    }
}
