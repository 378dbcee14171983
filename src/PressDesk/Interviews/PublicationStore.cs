using System.Data;
using System.Globalization;
using Dapper;
using PressDesk.Data;
using PressDesk.Requests;

namespace PressDesk.Interviews;

public sealed class PublicationStore(Database database, RequestLifecycle lifecycle, InterviewStore interviews, TimeProvider time)
{

    public async Task<Publication?> GetAsync(long requestId, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<Row>("""
            SELECT published, title, url, published_on AS PublishedOn, quoted, attribution_correct AS AttributionCorrect,
                   article_text AS ArticleText
            FROM publications WHERE request_id = @requestId
            """, new { requestId });
        if (row is null) return null;
        var phrasings = (await connection.QueryAsync<string>(
            "SELECT phrasing FROM publication_phrasings WHERE request_id = @requestId ORDER BY rowid", new { requestId })).ToList();
        var leakIds = (await connection.QueryAsync<long>(
            "SELECT statement_id FROM publication_leaks WHERE request_id = @requestId", new { requestId })).ToHashSet();
        var interview = await interviews.GetAsync(connection, null, requestId);
        var leaks = interview?.Statements.Where(s => leakIds.Contains(s.Id)).ToList() ?? [];
        return new Publication(
            requestId, row.Published, row.Title, row.Url,
            row.PublishedOn is { } on ? DateOnly.ParseExact(on, "yyyy-MM-dd") : null,
            row.Quoted, row.AttributionCorrect, row.ArticleText, phrasings, leaks);
    }

    // Stores the publication, the phrasings that appeared and the leaks found, and sets the request's
    // status, in one transaction. Returns false when the request does not exist or was not called back.
    public async Task<bool> SaveAsync(long requestId, PublicationDraft draft, CancellationToken ct = default)
    {
        var now = time.GetUtcNow().ToUnixMs();
        await using var write = await lifecycle.BeginAsync(ct);
        var (connection, tx) = (write.Connection, write.Transaction);
        if (await write.RecordOutcomeAsync(requestId, draft.Published) != FollowUpOutcome.Recorded) return false;

        await connection.ExecuteAsync("""
            INSERT INTO publications (request_id, published, title, url, published_on, quoted, attribution_correct, article_text, created_at, updated_at)
            VALUES (@requestId, @Published, @Title, @Url, @publishedOn, @Quoted, @AttributionCorrect, @ArticleText, @now, @now)
            ON CONFLICT (request_id) DO UPDATE SET published = excluded.published, title = excluded.title, url = excluded.url,
                published_on = excluded.published_on, quoted = excluded.quoted, attribution_correct = excluded.attribution_correct,
                article_text = excluded.article_text, updated_at = excluded.updated_at
            """,
            new
            {
                requestId, draft.Published, draft.Title, draft.Url, publishedOn = draft.PublishedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                draft.Quoted, draft.AttributionCorrect, draft.ArticleText, now,
            }, tx);
        await connection.ExecuteAsync("DELETE FROM publication_phrasings WHERE request_id = @requestId", new { requestId }, tx);
        foreach (var phrasing in draft.Phrasings)
            await connection.ExecuteAsync(
                "INSERT INTO publication_phrasings (request_id, phrasing) VALUES (@requestId, @phrasing)", new { requestId, phrasing }, tx);
        await RecheckLeaksAsync(connection, tx, interviews, requestId);
        await write.CommitAsync(ct);
        return true;
    }

    // Compares the pasted article with the interview's off-record and deep-background statements.
    // Statements that cannot be read (lost key) cannot be compared; they are not flagged.
    internal static async Task RecheckLeaksAsync(IDbConnection connection, IDbTransaction tx, InterviewStore interviews, long requestId)
    {
        var article = await connection.ExecuteScalarAsync<string?>(
            "SELECT article_text FROM publications WHERE request_id = @requestId", new { requestId }, tx);
        await connection.ExecuteAsync("DELETE FROM publication_leaks WHERE request_id = @requestId", new { requestId }, tx);
        if (string.IsNullOrEmpty(article)) return;
        var interview = await interviews.GetAsync(connection, tx, requestId);
        if (interview is null) return;
        var words = LeakDetector.Words(article);
        foreach (var statement in interview.Statements.Where(s => s.MustNotLeak && s.Text is not null))
        {
            if (!LeakDetector.Contains(words, LeakDetector.Words(statement.Text!))) continue;
            await connection.ExecuteAsync(
                "INSERT INTO publication_leaks (request_id, statement_id) VALUES (@requestId, @id)", new { requestId, id = statement.Id }, tx);
        }
    }

    private sealed class Row
    {
        public bool Published { get; init; }
        public string? Title { get; init; }
        public string? Url { get; init; }
        public string? PublishedOn { get; init; }
        public bool Quoted { get; init; }
        public bool? AttributionCorrect { get; init; }
        public string? ArticleText { get; init; }
    }
}
