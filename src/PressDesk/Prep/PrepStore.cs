using System.Data;
using Dapper;
using PressDesk.Data;
using PressDesk.Requests;

namespace PressDesk.Prep;

// SQL for preps, shared by the prep page, the request page and the API.
public sealed class PrepStore(Database database, RequestLifecycle lifecycle, TimeProvider time)
{
    // Opening the prep starts it: the timer's start is stored once, and a New request becomes Preparing.
    // Returns false when the request does not exist.
    public async Task<bool> StartAsync(long requestId, long? focusAreaId, CancellationToken ct = default)
    {
        await using var write = await lifecycle.BeginAsync(ct);
        var started = await StartAsync(write, requestId, focusAreaId);
        await write.CommitAsync(ct);
        return started;
    }

    // Replaces the prep's key points and phrasings in one transaction; a prep that is ready after
    // the save also updates the library. Without an area choice the prep keeps its area (at first, the triage's).
    // Returns false when the request does not exist.
    public async Task<bool> SaveAsync(
        long requestId, PrepDraft draft, long? startFocusAreaId, AreaChoice? area = null, CancellationToken ct = default)
    {
        var now = time.GetUtcNow().ToUnixMs();
        await using var write = await lifecycle.BeginAsync(ct);
        var (connection, tx) = (write.Connection, write.Transaction);
        if (!await StartAsync(write, requestId, startFocusAreaId)) return false;

        var ready = await connection.ExecuteScalarAsync<bool>("""
            UPDATE preps
            SET ready_at = CASE WHEN @Ready THEN coalesce(ready_at, max(@now, started_at)) WHEN @KeepReady THEN ready_at END,
                focus_area_id = CASE WHEN @setArea THEN (SELECT id FROM focus_areas WHERE id = @FocusAreaId) ELSE focus_area_id END,
                updated_at = @now
            WHERE request_id = @requestId
            RETURNING ready_at IS NOT NULL
            """, new { draft.Ready, draft.KeepReady, FocusAreaId = area?.FocusAreaId, setArea = area is not null, now, requestId }, tx);

        // A phrasing saved again with the same words keeps the library phrasing it came from.
        var earlierReuse = (await connection.QueryAsync<(string Text, long EntryId)>("""
            SELECT p.text, p.library_entry_id FROM phrasings p JOIN key_points k ON k.id = p.key_point_id
            WHERE k.request_id = @requestId AND p.library_entry_id IS NOT NULL
            """, new { requestId }, tx)).DistinctBy(r => r.Text).ToDictionary(r => r.Text, r => r.EntryId);

        await connection.ExecuteAsync("DELETE FROM key_points WHERE request_id = @requestId", new { requestId }, tx);
        foreach (var point in draft.KeyPoints)
        {
            var keyPointId = await connection.ExecuteScalarAsync<long>("""
                INSERT INTO key_points (request_id, position, text) VALUES (@requestId, @Position, @Text) RETURNING id
                """, new { requestId, point.Position, point.Text }, tx);
            for (var i = 0; i < point.Phrasings.Count; i++)
            {
                var phrasing = point.Phrasings[i];
                await connection.ExecuteAsync("""
                    INSERT INTO phrasings (key_point_id, position, text, library_entry_id)
                    VALUES (@keyPointId, @position, @Text, (SELECT id FROM library_entries WHERE id = @reused))
                    """,
                    new { keyPointId, position = i + 1, phrasing.Text, reused = phrasing.ReusedFrom ?? earlierReuse.GetValueOrDefault(phrasing.Text) },
                    tx);
            }
        }

        if (ready) await FeedLibraryAsync(connection, tx, requestId, draft, now);
        await write.PrepSavedAsync(requestId);
        await write.CommitAsync(ct);
        return true;
    }

    public async Task<RequestPrep?> GetAsync(long requestId, CancellationToken ct = default) =>
        (await GetManyAsync([requestId], ct)).GetValueOrDefault(requestId);

    public async Task<IReadOnlyDictionary<long, RequestPrep>> GetManyAsync(IReadOnlyCollection<long> requestIds, CancellationToken ct = default)
    {
        if (requestIds.Count == 0) return new Dictionary<long, RequestPrep>();
        await using var connection = await database.OpenAsync(ct);
        var ids = requestIds.Distinct().ToArray();
        var preps = await connection.QueryAsync<(long RequestId, long? FocusAreaId, string? FocusAreaName, long StartedAt, long? ReadyAt)>("""
            SELECT p.request_id, p.focus_area_id, a.name, p.started_at, p.ready_at
            FROM preps p LEFT JOIN focus_areas a ON a.id = p.focus_area_id
            WHERE p.request_id IN @ids
            """, new { ids });
        var points = await connection.QueryAsync<(long Id, long RequestId, int Position, string Text)>(
            "SELECT id, request_id, position, text FROM key_points WHERE request_id IN @ids ORDER BY position", new { ids });
        var phrasings = (await connection.QueryAsync<(long KeyPointId, string Text, long? EntryId, long? SourceRequestId, string? Topic)>("""
            SELECT p.key_point_id, p.text, e.id, e.source_request_id, e.topic
            FROM phrasings p
            JOIN key_points k ON k.id = p.key_point_id
            LEFT JOIN library_entries e ON e.id = p.library_entry_id
            WHERE k.request_id IN @ids
            ORDER BY p.position
            """, new { ids })).ToLookup(p => p.KeyPointId);
        var pointsByPrep = points.ToLookup(p => p.RequestId);

        return preps.ToDictionary(p => p.RequestId, p => new RequestPrep(
            p.RequestId,
            p.FocusAreaId,
            p.FocusAreaName,
            UnixTime.FromUnixMs(p.StartedAt),
            UnixTime.FromUnixMs(p.ReadyAt),
            pointsByPrep[p.RequestId].Select(k => new KeyPoint(k.Position, k.Text,
                phrasings[k.Id].Select(ph => new Phrasing(ph.Text,
                    ph.EntryId is { } entry ? new LibraryRef(entry, ph.SourceRequestId!.Value, ph.Topic!) : null)).ToList())).ToList()));
    }

    private async Task<bool> StartAsync(RequestWrite write, long requestId, long? focusAreaId)
    {
        var now = time.GetUtcNow().ToUnixMs();
        if (await write.StatusAsync(requestId) is null) return false;
        await write.Connection.ExecuteAsync("""
            INSERT INTO preps (request_id, focus_area_id, started_at, updated_at)
            VALUES (@requestId, (SELECT id FROM focus_areas WHERE id = @focusAreaId), @now, @now)
            ON CONFLICT (request_id) DO NOTHING
            """, new { requestId, focusAreaId, now }, write.Transaction);
        await write.StartPrepAsync(requestId);
        return true;
    }

    // The library holds each ready prep's phrasings as last saved while ready. Entries that did not
    // change keep their id, so the preps that reused them still point at them.
    private static async Task FeedLibraryAsync(IDbConnection connection, IDbTransaction tx, long requestId, PrepDraft draft, long now)
    {
        var current = draft.KeyPoints
            .SelectMany(k => k.Phrasings.Select(p => (KeyPoint: k.Text, Phrasing: p.Text)))
            .Distinct()
            .ToList();
        var stored = await connection.QueryAsync<(long Id, string KeyPoint, string Phrasing)>(
            "SELECT id, key_point, phrasing FROM library_entries WHERE source_request_id = @requestId", new { requestId }, tx);
        var gone = stored.Where(s => !current.Contains((s.KeyPoint, s.Phrasing))).Select(s => s.Id).ToArray();
        await connection.ExecuteAsync("DELETE FROM library_entries WHERE id IN @gone", new { gone }, tx);
        await connection.ExecuteAsync("""
            INSERT INTO library_entries (source_request_id, focus_area_id, topic, key_point, phrasing, added_at)
            SELECT r.id, p.focus_area_id, r.topic, @KeyPoint, @Phrasing, @now
            FROM requests r JOIN preps p ON p.request_id = r.id
            WHERE r.id = @requestId
            ON CONFLICT (source_request_id, key_point, phrasing) DO NOTHING
            """, current.Select(c => new { c.KeyPoint, c.Phrasing, requestId, now }), tx);
        // The area may have changed since the entries were added.
        await connection.ExecuteAsync("""
            UPDATE library_entries SET focus_area_id = (SELECT focus_area_id FROM preps WHERE request_id = @requestId)
            WHERE source_request_id = @requestId
            """, new { requestId }, tx);
    }
}
