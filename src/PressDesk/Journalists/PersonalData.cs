using Dapper;
using PressDesk.Data;
using PressDesk.Intake;
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
// what identifies them: name, email, phone, beat, notes, their questions, our response notes,
// the subjects of our pitches, the interview ledger's text, and intake's copies of their messages.
public sealed class PersonalData(
    Database database, RequestLifecycle lifecycle, IntakeErasure intake, ErasureCleanup cleanup, ErasureWorker worker, TimeProvider time)
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

    // Clears the fields at once (every page stops showing them on commit), then removes the copies
    // on disk: the drop folder's files that name the person, and old pages in the database files
    // (ErasureCleanup, retried by ErasureWorker while a reader holds the database). False when
    // the journalist does not exist.
    public async Task<bool> EraseAsync(long journalistId, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        var journalist = await JournalistStore.GetAsync(connection, null, journalistId);
        if (journalist is null) return false;
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
                        erased_at = coalesce(erased_at, @now), erase_completed_at = NULL, updated_at = @now
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
        }
        finally
        {
            await connection.ExecuteAsync("PRAGMA secure_delete = OFF");
        }

        // The values read before they were cleared are what the drop folder is searched for; a
        // second erase of an already erased record has nothing left to search with.
        if (!journalist.IsErased)
            await intake.EraseFilesNamingAsync(connection, new PersonTraces(journalist.Name, journalist.Email, journalist.Phone), ct);
        if (!await cleanup.RunAsync(ct)) worker.Signal.Wake();
        return true;
    }

    // Until no copy of the erased values is left on disk (a reader may hold the database).
    public async Task<bool> IsErasurePendingAsync(long journalistId, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return await connection.ExecuteScalarAsync<bool>(
            "SELECT erased_at IS NOT NULL AND erase_completed_at IS NULL FROM journalists WHERE id = @journalistId", new { journalistId });
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
