using System.Data;
using Dapper;
using PressDesk.Data;
using PressDesk.Requests;

namespace PressDesk.Interviews;

public enum SaveInterviewOutcome { Saved, NotFound, NotAnswered }

// SQL for interviews and their statements. What the rule seals (SealsNotes) goes through the
// protector on its way in and out.
public sealed class InterviewStore(Database database, RequestLifecycle lifecycle, StatementProtector protector, TimeProvider time)
{
    public async Task<Interview?> GetAsync(long requestId, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return await GetAsync(connection, null, requestId);
    }

    internal async Task<Interview?> GetAsync(IDbConnection connection, IDbTransaction? tx, long requestId)
    {
        var row = await connection.QuerySingleOrDefaultAsync<(string Format, long HeldAt, long? DurationSeconds, string? Notes, string? SealedNotes)>(
            "SELECT format, held_at, duration_seconds, notes, sealed_notes FROM interviews WHERE request_id = @requestId", new { requestId }, tx);
        if (row.Format is null) return null;
        var statements = await connection.QueryAsync<StatementRow>("""
            SELECT id, position, level, text, sealed_text AS SealedText, is_quote AS IsQuote, agreement,
                   agreed_at AS AgreedAt, agreement_how AS AgreementHow, sealed_agreement_how AS SealedAgreementHow
            FROM statements WHERE request_id = @requestId ORDER BY position
            """, new { requestId }, tx);
        var notes = row.SealedNotes is { } sealedNotes ? protector.TryUnseal(sealedNotes) : row.Notes;
        return new Interview(
            requestId,
            Enum.Parse<InterviewFormat>(row.Format),
            UnixTime.FromUnixMs(row.HeldAt),
            row.DurationSeconds is { } s ? TimeSpan.FromSeconds(s) : null,
            notes,
            statements.Select(ToStatement).ToList())
        {
            NotesUnreadable = row.SealedNotes is not null && notes is null,
        };
    }

    // What the rule seals: the text and "how they agreed" of a statement not on the record, and the
    // notes of an interview in which anything was said that is not on the record.
    public static bool SealsNotes(IEnumerable<AttributionLevel> levels) => levels.Any(level => level != AttributionLevel.OnRecord);

    // Replaces the interview and all its statements in one transaction; a Responded request becomes
    // Interviewed, and a recorded publication's leak check runs again on the new statements.
    public async Task<SaveInterviewOutcome> SaveAsync(long requestId, InterviewDraft draft, CancellationToken ct = default)
    {
        var now = time.GetUtcNow().ToUnixMs();
        await using var write = await lifecycle.BeginAsync(ct);
        var (connection, tx) = (write.Connection, write.Transaction);
        var outcome = await write.MarkInterviewedAsync(requestId);
        if (outcome == FollowUpOutcome.NotFound) return SaveInterviewOutcome.NotFound;
        if (outcome == FollowUpOutcome.NotCalledBack) return SaveInterviewOutcome.NotAnswered;

        var sealNotes = SealsNotes(draft.Statements.Select(s => s.Level));
        await connection.ExecuteAsync("""
            INSERT INTO interviews (request_id, format, held_at, duration_seconds, notes, sealed_notes, created_at, updated_at)
            VALUES (@requestId, @format, @heldAt, @duration, @notes, @sealedNotes, @now, @now)
            ON CONFLICT (request_id) DO UPDATE SET format = excluded.format, held_at = excluded.held_at,
                duration_seconds = excluded.duration_seconds, notes = excluded.notes, sealed_notes = excluded.sealed_notes,
                updated_at = excluded.updated_at
            """,
            new
            {
                requestId, format = draft.Format.ToString(), heldAt = draft.HeldAt.ToUnixMs(),
                duration = draft.Duration is { } d ? (long?)d.TotalSeconds : null,
                notes = sealNotes ? null : draft.Notes,
                sealedNotes = sealNotes && draft.Notes is { } notes ? protector.Seal(notes) : null,
                now,
            }, tx);
        await connection.ExecuteAsync("DELETE FROM statements WHERE request_id = @requestId", new { requestId }, tx);
        for (var i = 0; i < draft.Statements.Count; i++)
        {
            var s = draft.Statements[i];
            var onRecord = s.Level == AttributionLevel.OnRecord;
            await connection.ExecuteAsync("""
                INSERT INTO statements (request_id, position, level, text, sealed_text, is_quote, agreement, agreed_at, agreement_how, sealed_agreement_how)
                VALUES (@requestId, @position, @level, @text, @sealedText, @IsQuote, @agreement, @agreedAt, @agreementHow, @sealedAgreementHow)
                """,
                new
                {
                    requestId, position = i + 1, level = s.Level.ToString(),
                    text = onRecord ? s.Text : null,
                    sealedText = onRecord ? null : protector.Seal(s.Text),
                    s.IsQuote, agreement = s.Agreement?.ToString(), agreedAt = s.AgreedAt.ToUnixMs(),
                    agreementHow = onRecord ? s.AgreementHow : null,
                    sealedAgreementHow = !onRecord && s.AgreementHow is { } how ? protector.Seal(how) : null,
                }, tx);
        }
        await PublicationStore.RecheckLeaksAsync(connection, tx, this, requestId);
        await write.CommitAsync(ct);
        return SaveInterviewOutcome.Saved;
    }

    internal Statement ToStatement(StatementRowBase r)
    {
        var text = r.Text;
        var unreadable = false;
        if (r.SealedText is { } sealedText)
        {
            text = protector.TryUnseal(sealedText);
            unreadable = text is null;
        }
        var how = r.SealedAgreementHow is { } sealedHow ? protector.TryUnseal(sealedHow) : r.AgreementHow;
        return new Statement(
            r.Id, (int)r.Position, Enum.Parse<AttributionLevel>(r.Level), text, unreadable, r.IsQuote,
            r.Agreement is null ? null : Enum.Parse<Agreement>(r.Agreement), UnixTime.FromUnixMs(r.AgreedAt), how);
    }

    internal sealed class StatementRow : StatementRowBase;

    internal class StatementRowBase
    {
        public long Id { get; init; }
        public long Position { get; init; }
        public string Level { get; init; } = "";
        public string? Text { get; init; }
        public string? SealedText { get; init; }
        public bool IsQuote { get; init; }
        public string? Agreement { get; init; }
        public long? AgreedAt { get; init; }
        public string? AgreementHow { get; init; }
        public string? SealedAgreementHow { get; init; }
    }
}
