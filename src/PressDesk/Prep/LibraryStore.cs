using Dapper;
using PressDesk.Data;

namespace PressDesk.Prep;

public sealed record LibraryEntry(
    long Id, long RequestId, string Topic, string KeyPoint, string Phrasing, long? FocusAreaId, string? FocusAreaName, DateTimeOffset AddedAt);

// Searches the message library with SQLite's full-text index (FTS5, accent- and case-insensitive).
public sealed class LibraryStore(Database database)
{
    public const int QueryMax = 200;

    // Every word of the query must appear (as a word or the start of one) in the topic, the key
    // point or the phrasing. No query lists the newest entries. Best matches first.
    public async Task<IReadOnlyList<LibraryEntry>> SearchAsync(
        string? query, long? focusAreaId, long? excludeRequestId = null, int limit = 20, CancellationToken ct = default)
    {
        var words = Wording.Words(query ?? "").Take(12).ToArray();
        var match = string.Join(' ', words.Select(w => $"\"{w}\"*"));
        await using var connection = await database.OpenAsync(ct);
        var rows = await connection.QueryAsync<Row>($"""
            SELECT e.id, e.source_request_id AS RequestId, e.topic, e.key_point AS KeyPoint, e.phrasing,
                   e.focus_area_id AS FocusAreaId, a.name AS FocusAreaName, e.added_at AS AddedAt
            FROM library_entries e
            LEFT JOIN focus_areas a ON a.id = e.focus_area_id
            {(words.Length > 0 ? "JOIN library_search s ON s.rowid = e.id AND library_search MATCH @match" : "")}
            WHERE (@focusAreaId IS NULL OR e.focus_area_id = @focusAreaId)
              AND (@excludeRequestId IS NULL OR e.source_request_id <> @excludeRequestId)
            ORDER BY {(words.Length > 0 ? "s.rank, " : "")}e.added_at DESC, e.id DESC
            LIMIT @limit
            """, new { match, focusAreaId, excludeRequestId, limit });
        return rows.Select(r => new LibraryEntry(
            r.Id, r.RequestId, r.Topic, r.KeyPoint, r.Phrasing, r.FocusAreaId, r.FocusAreaName, UnixTime.FromUnixMs(r.AddedAt))).ToList();
    }

    private sealed class Row
    {
        public long Id { get; init; }
        public long RequestId { get; init; }
        public string Topic { get; init; } = "";
        public string KeyPoint { get; init; } = "";
        public string Phrasing { get; init; } = "";
        public long? FocusAreaId { get; init; }
        public string? FocusAreaName { get; init; }
        public long AddedAt { get; init; }
    }
}
