using Dapper;
using PressDesk.Data;

namespace PressDesk.Calendar;

// One event as a feed serves it: live (with its data) or cancelled (only what the feed last served).
public sealed record ServedEvent(string Uid, string Kind, long StartsAt, long EndsAt, int Sequence, FeedEvent? Live)
{
    public bool Cancelled => Live is null;
}

// Reads a feed's events and settles their SEQUENCEs in one transaction, so two calendar apps
// polling at once never serve one change under two numbers. calendar_events holds each UID's
// current sequence and fingerprint (shared by every feed); calendar_feed_events what this feed
// served, so that what leaves it comes back once more as CANCELLED, kept CancelledFor.
public sealed class FeedSnapshot(Database database, TimeProvider time)
{
    public static readonly TimeSpan CancelledFor = TimeSpan.FromDays(30);

    private sealed record Served(string Uid, string Kind, long StartsAt, long EndsAt, long Sequence, long? CancelledAt);

    public async Task<IReadOnlyList<ServedEvent>> TakeAsync(CalendarFeed feed, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var (nowMs, horizon) = (now.ToUnixMs(), (now - FeedEvents.Keep).ToUnixMs());
        await using var connection = await database.OpenAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);   // IMMEDIATE: this read writes
        var key = new { feed.UserId, feed.Scope };
        var live = await FeedEvents.LoadAsync(connection, tx, feed.UserId, feed.Scope == FeedScopes.Team, horizon);
        var served = (await connection.QueryAsync<(string Uid, string Kind, long StartsAt, long EndsAt, long Sequence, long? CancelledAt)>(
            "SELECT uid, kind, starts_at, ends_at, sequence, cancelled_at FROM calendar_feed_events WHERE user_id = @UserId AND scope = @Scope",
            key, tx)).Select(s => new Served(s.Uid, s.Kind, s.StartsAt, s.EndsAt, s.Sequence, s.CancelledAt))
            .ToDictionary(s => s.Uid, StringComparer.Ordinal);
        var result = new List<ServedEvent>(live.Count);

        foreach (var e in live)
        {
            var sequence = await SequenceAsync(e, served.GetValueOrDefault(e.Uid), nowMs);
            await connection.ExecuteAsync("""
                INSERT INTO calendar_feed_events (user_id, scope, uid, kind, starts_at, ends_at, sequence, cancelled_at)
                VALUES (@UserId, @Scope, @Uid, @Kind, @StartsAt, @EndsAt, @sequence, NULL)
                ON CONFLICT (user_id, scope, uid) DO UPDATE SET kind = excluded.kind, starts_at = excluded.starts_at,
                    ends_at = excluded.ends_at, sequence = excluded.sequence, cancelled_at = NULL
                """, new { feed.UserId, feed.Scope, e.Uid, e.Kind, e.StartsAt, e.EndsAt, sequence }, tx);
            result.Add(new ServedEvent(e.Uid, e.Kind, e.StartsAt, e.EndsAt, sequence, e));
        }

        var liveUids = live.Select(e => e.Uid).ToHashSet(StringComparer.Ordinal);
        foreach (var gone in served.Values.Where(s => !liveUids.Contains(s.Uid)))
        {
            var row = new { feed.UserId, feed.Scope, gone.Uid };
            if (gone.CancelledAt is null && gone.StartsAt < horizon || gone.CancelledAt < (now - CancelledFor).ToUnixMs())
            {
                // Past and done with, or cancelled long enough for every app to have seen it.
                await connection.ExecuteAsync("DELETE FROM calendar_feed_events WHERE user_id = @UserId AND scope = @Scope AND uid = @Uid", row, tx);
                continue;
            }
            var sequence = (int)gone.Sequence;
            if (gone.CancelledAt is null)
            {
                // It just left this feed: one step above anything served under this UID, anywhere.
                var current = await connection.ExecuteScalarAsync<long?>("SELECT sequence FROM calendar_events WHERE uid = @Uid", row, tx) ?? 0;
                sequence = (int)Math.Max(current, gone.Sequence) + 1;
                await connection.ExecuteAsync("""
                    UPDATE calendar_events SET sequence = @sequence, changed_at = @nowMs WHERE uid = @Uid;
                    UPDATE calendar_feed_events SET sequence = @sequence, cancelled_at = @nowMs
                    WHERE user_id = @UserId AND scope = @Scope AND uid = @Uid
                    """, new { feed.UserId, feed.Scope, gone.Uid, sequence, nowMs }, tx);
            }
            result.Add(new ServedEvent(gone.Uid, gone.Kind, gone.StartsAt, gone.EndsAt, sequence, null));
        }
        await tx.CommitAsync(ct);
        return result;

        // The UID's sequence, one higher when the event changed since it was last served anywhere,
        // and above this feed's own CANCELLED copy when it comes back (a reopened request).
        async Task<int> SequenceAsync(FeedEvent e, Served? before, long at)
        {
            var current = await connection.QuerySingleOrDefaultAsync<(long Sequence, string Fingerprint)?>(
                "SELECT sequence, fingerprint FROM calendar_events WHERE uid = @Uid", new { e.Uid }, tx);
            var sequence = current is { } c ? (c.Fingerprint == e.Fingerprint ? c.Sequence : c.Sequence + 1) : 0;
            if (before is { CancelledAt: not null } && sequence <= before.Sequence) sequence = before.Sequence + 1;
            if (current is null || current.Value.Sequence != sequence || current.Value.Fingerprint != e.Fingerprint)
                await connection.ExecuteAsync("""
                    INSERT INTO calendar_events (uid, sequence, fingerprint, changed_at) VALUES (@Uid, @sequence, @Fingerprint, @at)
                    ON CONFLICT (uid) DO UPDATE SET sequence = excluded.sequence, fingerprint = excluded.fingerprint, changed_at = excluded.changed_at
                    """, new { e.Uid, sequence, e.Fingerprint, at }, tx);
            return (int)sequence;
        }
    }
}
