using Dapper;
using PressDesk.Data;

namespace PressDesk.Interviews;

// A statement said to the journalist on an earlier request, not on the record. Text is null when
// Unreadable (its key is lost) or after the journalist's data was erased.
public sealed record EarlierStatement(
    long RequestId,
    string RequestTopic,
    DateTimeOffset SaidAt,
    AttributionLevel Level,
    string? Text,
    bool Unreadable,
    Agreement Agreement,
    DateTimeOffset? AgreedAt,
    string? AgreementHow)
{
    public bool WithoutAgreement => Agreement != Agreement.Yes;
}

// How much was said to the journalist before, not on the record, and how much of it without their agreement.
public sealed record SaidBefore(int Count, int Unagreed);

// A publication by the journalist. PublishedOn is the date the user recorded.
public sealed record PublicationLine(
    long RequestId, string RequestTopic, bool Published, DateOnly? PublishedOn, string? Title, string? Url, bool Quoted, int Leaks)
{
    // The prepared phrasings that appeared in print.
    public IReadOnlyList<string> PhrasingsUsed { get; init; } = [];
}

// Read-only questions about the ledger for other features (the request page, the briefing sheet,
// the journalist page). Statement text comes back decrypted, or marked unreadable.
public sealed class LedgerQueries(Database database, InterviewStore interviews)
{
    private const string StatementColumns = """
        SELECT s.id, s.position, s.level, s.text, s.sealed_text AS SealedText, s.is_quote AS IsQuote, s.agreement,
               s.agreed_at AS AgreedAt, s.agreement_how AS AgreementHow, s.sealed_agreement_how AS SealedAgreementHow,
               r.id AS RequestId, r.topic AS RequestTopic, i.held_at AS HeldAt
        """;

    // The journalist's non-on-record statements on their other requests received before (or at) this
    // one, oldest first. Empty when the request does not exist.
    public Task<IReadOnlyList<EarlierStatement>> EarlierStatementsAsync(long requestId, CancellationToken ct = default) =>
        StatementsAsync($"""
            {StatementColumns}
            FROM requests this
            JOIN requests r ON r.journalist_id = this.journalist_id AND r.id <> this.id AND r.received_at <= this.received_at
            JOIN interviews i ON i.request_id = r.id
            JOIN statements s ON s.request_id = r.id
            WHERE this.id = @id AND s.level <> 'OnRecord'
            ORDER BY i.held_at, s.position
            """, requestId, ct);

    // For each request, how many statements EarlierStatementsAsync would list, and how many of them
    // the journalist never agreed to: the dashboard cards' badge, in one query for all of them.
    public async Task<IReadOnlyDictionary<long, SaidBefore>> SaidBeforeAsync(IReadOnlyCollection<long> requestIds, CancellationToken ct = default)
    {
        if (requestIds.Count == 0) return new Dictionary<long, SaidBefore>();
        await using var connection = await database.OpenAsync(ct);
        var rows = await connection.QueryAsync<(long RequestId, int Count, int Unagreed)>("""
            SELECT this.id, count(*), sum(coalesce(s.agreement, '') <> 'Yes')
            FROM requests this
            JOIN requests r ON r.journalist_id = this.journalist_id AND r.id <> this.id AND r.received_at <= this.received_at
            JOIN interviews i ON i.request_id = r.id
            JOIN statements s ON s.request_id = r.id
            WHERE this.id IN @ids AND s.level <> 'OnRecord'
            GROUP BY this.id
            """, new { ids = requestIds.ToArray() });
        return rows.ToDictionary(r => r.RequestId, r => new SaidBefore(r.Count, r.Unagreed));
    }

    // Everything said to one journalist not on the record, oldest first (the journalist page).
    public Task<IReadOnlyList<EarlierStatement>> StatementsToJournalistAsync(long journalistId, CancellationToken ct = default) =>
        StatementsAsync($"""
            {StatementColumns}
            FROM requests r
            JOIN interviews i ON i.request_id = r.id
            JOIN statements s ON s.request_id = r.id
            WHERE r.journalist_id = @id AND s.level <> 'OnRecord'
            ORDER BY i.held_at, s.position
            """, journalistId, ct);

    private async Task<IReadOnlyList<EarlierStatement>> StatementsAsync(string sql, long id, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        var rows = await connection.QueryAsync<EarlierRow>(sql, new { id });
        return rows.Select(r =>
        {
            var s = interviews.ToStatement(r);
            return new EarlierStatement(
                r.RequestId, r.RequestTopic, UnixTime.FromUnixMs(r.HeldAt), s.Level, s.Text, s.Unreadable,
                s.Agreement ?? Agreement.NotAsked, s.AgreedAt, s.AgreementHow);
        }).ToList();
    }

    // Every recorded outcome (published or not) of the journalist's requests, newest first.
    public async Task<IReadOnlyList<PublicationLine>> PublicationsAsync(long journalistId, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        var rows = await connection.QueryAsync<(long RequestId, string Topic, bool Published, string? PublishedOn, string? Title, string? Url, bool Quoted, long Leaks)>("""
            SELECT p.request_id, r.topic, p.published, p.published_on, p.title, p.url, p.quoted,
                   (SELECT count(*) FROM publication_leaks l WHERE l.request_id = p.request_id)
            FROM publications p JOIN requests r ON r.id = p.request_id
            WHERE r.journalist_id = @journalistId
            ORDER BY p.published_on DESC, r.received_at DESC
            """, new { journalistId });
        var phrasings = (await connection.QueryAsync<(long RequestId, string Phrasing)>(
            "SELECT pp.request_id, pp.phrasing FROM publication_phrasings pp JOIN requests r ON r.id = pp.request_id WHERE r.journalist_id = @journalistId",
            new { journalistId })).ToLookup(p => p.RequestId, p => p.Phrasing);
        return rows.Select(r => new PublicationLine(
            r.RequestId, r.Topic, r.Published, r.PublishedOn is { } on ? DateOnly.ParseExact(on, "yyyy-MM-dd") : null,
            r.Title, r.Url, r.Quoted, (int)r.Leaks) { PhrasingsUsed = phrasings[r.RequestId].ToList() }).ToList();
    }

    internal sealed class EarlierRow : InterviewStore.StatementRowBase
    {
        public long RequestId { get; init; }
        public string RequestTopic { get; init; } = "";
        public long HeldAt { get; init; }
    }
}
