using Dapper;
using PressDesk.Data;
using PressDesk.Requests;

namespace PressDesk.Journalists;

public sealed record PersonalDataExport(
    DateTimeOffset ExportedAt,
    PersonalDataExport.Person Journalist,
    IReadOnlyList<PersonalDataExport.RequestHeld> Requests,
    IReadOnlyList<PersonalDataExport.PitchHeld> Pitches)
{
    public sealed record Person(
        long Id, string Name, string? Outlet, string? Beat, string? Email, string? Phone, string? PreferredChannel,
        string? Notes, DateTimeOffset CreatedAt, DateTimeOffset? ErasedAt);

    public sealed record RequestHeld(
        long Id, string Topic, string Question, string Channel, DateTimeOffset ReceivedAt, DateTimeOffset? Deadline,
        string Status, DateTimeOffset? RespondedAt, string? ResponseNote);

    public sealed record PitchHeld(
        long Id, DateTimeOffset SentAt, string Channel, string Subject, bool FollowUp, string Outcome, bool LoggedPastGuard);
}

// Journalists are people with rights over their data: everything held about one of them can be
// exported, and erased. Erasing keeps the rows that statistics need (request times, channels,
// statuses, topics, pitch dates) and clears every field that holds what the person wrote or
// what identifies them: name, email, phone, beat, notes, their questions, our response notes
// and the subjects of our pitches.
public sealed class PersonalData(Database database, RequestLifecycle lifecycle, TimeProvider time, ILogger<PersonalData> logger)
{
    public async Task<PersonalDataExport?> ExportAsync(long journalistId, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        var journalist = await JournalistStore.GetAsync(connection, null, journalistId);
        if (journalist is null) return null;

        var requests = await connection.QueryAsync<RequestRow>("""
            SELECT id, topic, question, channel, received_at AS ReceivedAt, deadline, status,
                   responded_at AS RespondedAt, response_note AS ResponseNote
            FROM requests WHERE journalist_id = @journalistId ORDER BY received_at, id
            """, new { journalistId });
        var pitches = await PitchStore.ListAsync(connection, null, journalistId);

        return new PersonalDataExport(
            time.GetUtcNow(),
            new PersonalDataExport.Person(
                journalist.Id, journalist.Name, journalist.Outlet, journalist.Beat, journalist.Email, journalist.Phone,
                journalist.PreferredChannel?.Name(), journalist.Notes, journalist.CreatedAt, journalist.ErasedAt),
            requests.Select(r => new PersonalDataExport.RequestHeld(
                r.Id, r.Topic, r.Question, r.Channel, UnixTime.FromUnixMs(r.ReceivedAt), UnixTime.FromUnixMs(r.Deadline),
                r.Status, UnixTime.FromUnixMs(r.RespondedAt), r.ResponseNote)).ToList(),
            pitches.OrderBy(p => p.SentAt).Select(p => new PersonalDataExport.PitchHeld(
                p.Id, p.SentAt, p.Channel.Name(), p.Subject, p.IsFollowUp, p.Outcome.ToString(), p.GuardOverridden)).ToList());
    }

    // What the name column holds once erased: language-neutral, since every feature shows it to
    // readers of either language. The journalist's own page says it in words (Erased journalist #{0}).
    public static string ErasedName(long id) => $"#{id}";

    public async Task<bool> EraseAsync(long journalistId, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        // Overwrite freed cells with zeros, so the old values do not linger in the file's free space.
        await connection.ExecuteAsync("PRAGMA secure_delete = ON");
        try
        {
            await using (var write = await lifecycle.BeginAsync(connection, ct))
            {
                var tx = write.Transaction;
                var now = time.GetUtcNow().ToUnixMs();
                var changed = await connection.ExecuteAsync("""
                    UPDATE journalists
                    SET name = @name, email = NULL, phone = NULL, beat = NULL, preferred_channel = NULL, notes = NULL,
                        erased_at = coalesce(erased_at, @now), updated_at = @now
                    WHERE id = @journalistId
                    """, new { journalistId, name = ErasedName(journalistId), now }, tx);
                if (changed == 0) return false;
                await write.EraseTextsAsync(journalistId);
                await connection.ExecuteAsync(
                    "UPDATE pitches SET subject = '', updated_at = @now WHERE journalist_id = @journalistId",
                    new { journalistId, now }, tx);
                // The interview ledger: what was said to them and the article text pasted for the leak check.
                await connection.ExecuteAsync("""
                    UPDATE statements SET text = NULL, sealed_text = NULL, agreement_how = NULL, sealed_agreement_how = NULL
                    WHERE request_id IN (SELECT id FROM requests WHERE journalist_id = @journalistId)
                    """, new { journalistId }, tx);
                await connection.ExecuteAsync("""
                    UPDATE interviews SET notes = NULL, sealed_notes = NULL, updated_at = @now
                    WHERE request_id IN (SELECT id FROM requests WHERE journalist_id = @journalistId)
                    """, new { journalistId, now }, tx);
                await connection.ExecuteAsync("""
                    UPDATE publications SET article_text = NULL, updated_at = @now
                    WHERE request_id IN (SELECT id FROM requests WHERE journalist_id = @journalistId)
                    """, new { journalistId, now }, tx);
                await write.CommitAsync(ct);
            }

            // The old page images still sit in the write-ahead log and in pages SQLite moved rows out
            // of: rebuild the file and empty the log, so the erased values are gone from disk.
            // The erase itself is committed: a busy database only postpones the cleanup, it does not undo it.
            try
            {
                await connection.ExecuteAsync("VACUUM");
                var (busy, _, _) = await connection.QuerySingleAsync<(long, long, long)>("PRAGMA wal_checkpoint(TRUNCATE)");
                if (busy != 0)
                    logger.LogNotEmptied(journalistId);
            }
            catch (Microsoft.Data.Sqlite.SqliteException e)
            {
                logger.NotRebuilt(e, journalistId);
            }
            return true;
        }
        finally
        {
            await connection.ExecuteAsync("PRAGMA secure_delete = OFF");
        }
    }

    private sealed class RequestRow
    {
        public long Id { get; init; }
        public string Topic { get; init; } = "";
        public string Question { get; init; } = "";
        public string Channel { get; init; } = "";
        public long ReceivedAt { get; init; }
        public long? Deadline { get; init; }
        public string Status { get; init; } = "";
        public long? RespondedAt { get; init; }
        public string? ResponseNote { get; init; }
    }
}

// The log lines of this file, as source-generated LoggerMessage methods (no boxing, no parsing of the template per call).
internal static partial class PersonalDataLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Journalist {Id} was erased, but a reader kept the write-ahead log from being emptied; it is emptied at the next checkpoint.")]
    public static partial void LogNotEmptied(this ILogger logger, long id);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Journalist {Id} was erased, but the database file could not be rebuilt now; old values may stay on disk until the next VACUUM.")]
    public static partial void NotRebuilt(this ILogger logger, Exception exception, long id);
}
