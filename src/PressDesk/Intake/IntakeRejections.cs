using Dapper;
using PressDesk.Data;

namespace PressDesk.Intake;

public sealed record IntakeRejection(long Id, IntakeSource Source, string SourceName, IntakeReason Reason, DateTimeOffset RejectedAt);

public sealed record IntakeRecord(long RequestId, IntakeSource Source, string SourceName, string Topic, string Journalist, IReadOnlyList<string> Attachments, DateTimeOffset StoredAt);

// What intake stored and what it set aside, for the intake page.
public sealed class IntakeRejections(Database database, TimeProvider time)
{
    public async Task<long> RecordAsync(IntakeSource source, string sourceName, IntakeReason why, CancellationToken ct = default)
    {
        var reason = why.ToStored();
        await using var connection = await database.OpenAsync(ct);
        // A source that crashed after recording and before setting the item aside reads it again
        // and rejects it for the same reason: one row on the intake page, not two.
        var open = await connection.ExecuteScalarAsync<long?>("""
            SELECT id FROM intake_rejections
            WHERE source = @source AND source_name = @sourceName AND reason = @reason AND dismissed_at IS NULL
            """, new { source = Name(source), sourceName, reason });
        if (open is { } id) return id;
        return await connection.ExecuteScalarAsync<long>("""
            INSERT INTO intake_rejections (source, source_name, reason, rejected_at)
            VALUES (@source, @sourceName, @reason, @now) RETURNING id
            """, new { source = Name(source), sourceName, reason, now = time.GetUtcNow().ToUnixMs() });
    }

    public async Task<IReadOnlyList<IntakeRejection>> ListOpenAsync(int limit = 100, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        var rows = await connection.QueryAsync<RejectionRow>($"""
            {SelectOpen} ORDER BY rejected_at DESC, id DESC LIMIT @limit
            """, new { limit });
        return rows.Select(r => r.ToRejection()).ToList();
    }

    public async Task<IntakeRejection?> GetAsync(long id, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<RejectionRow>($"{SelectOpen} AND id = @id", new { id });
        return row?.ToRejection();
    }

    // Hides the row (after a retry, or when the user has seen it); the file in rejected/ stays.
    public async Task<bool> DismissAsync(long id, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return await connection.ExecuteAsync(
            "UPDATE intake_rejections SET dismissed_at = @now WHERE id = @id AND dismissed_at IS NULL",
            new { id, now = time.GetUtcNow().ToUnixMs() }) == 1;
    }

    // A source that moved an item it had set aside (the mailbox's MoveTo) points its open rejection
    // at the new place, so Retry finds it there.
    public async Task RelocateAsync(IntakeSource source, string sourceName, string newSourceName, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        await connection.ExecuteAsync("""
            UPDATE intake_rejections SET source_name = @newSourceName
            WHERE source = @source AND source_name = @sourceName AND dismissed_at IS NULL
            """, new { source = Name(source), sourceName, newSourceName });
    }

    public async Task<IReadOnlyList<IntakeRecord>> RecentAsync(int limit = 50, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        var rows = await connection.QueryAsync<(long RequestId, string Source, string SourceName, string Topic, string Journalist, string? Attachments, long StoredAt)>("""
            SELECT m.request_id, m.source, m.source_name, r.topic, j.name, m.attachments, m.stored_at
            FROM intake_messages m
            JOIN requests r ON r.id = m.request_id
            JOIN journalists j ON j.id = r.journalist_id
            ORDER BY m.stored_at DESC, m.id DESC LIMIT @limit
            """, new { limit });
        return rows.Select(r => new IntakeRecord(r.RequestId, Parse(r.Source), r.SourceName, r.Topic, r.Journalist,
            r.Attachments?.Split('\n') ?? [], UnixTime.FromUnixMs(r.StoredAt))).ToList();
    }

    private const string SelectOpen = """
        SELECT id, source, source_name AS SourceName, reason, rejected_at AS RejectedAt
        FROM intake_rejections WHERE dismissed_at IS NULL
        """;

    private sealed record RejectionRow(long Id, string Source, string SourceName, string Reason, long RejectedAt)
    {
        public IntakeRejection ToRejection() => new(Id, Parse(Source), SourceName, IntakeReason.FromStored(Reason), UnixTime.FromUnixMs(RejectedAt));
    }

    private static string Name(IntakeSource source) => source.ToString().ToLowerInvariant();

    private static IntakeSource Parse(string source) => Enum.Parse<IntakeSource>(source, ignoreCase: true);
}
