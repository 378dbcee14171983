using System.Data;
using Dapper;
using Microsoft.Extensions.Options;
using PressDesk.Data;
using PressDesk.Requests;

namespace PressDesk.Journalists;

public sealed class PitchInput
{
    public DateTimeOffset? SentAt { get; set; }
    public string? Channel { get; set; }
    public string? Subject { get; set; }
    public bool FollowUp { get; set; }
}

public enum LogPitchStatus { Logged, NotFound, Erased, Blocked, NeedsConfirmation }

public sealed record LogPitchResult(LogPitchStatus Status, PitchVerdict? Verdict = null, long? PitchId = null);

public sealed class PitchStore(
    Database database, TimeProvider time, IOptionsMonitor<PitchingOptions> options)
{

    public TimeSpan Cooldown => options.CurrentValue.Cooldown;

    public async Task<IReadOnlyList<Pitch>> ListAsync(long journalistId, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return await ListAsync(connection, null, journalistId);
    }

    // Where the guard stands right now, for a new pitch and for a follow-up.
    public async Task<(PitchVerdict Pitch, PitchVerdict FollowUp)> GuardAsync(long journalistId, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        var pitches = await ListAsync(connection, null, journalistId);
        var open = await OpenRequestsAsync(connection, null, journalistId);
        var now = time.GetUtcNow();
        return (PitchGuard.Evaluate(pitches, open, false, Cooldown, now), PitchGuard.Evaluate(pitches, open, true, Cooldown, now));
    }

    // Checks the guard and stores the pitch in one transaction, so two quick clicks cannot both pass it.
    // A warned pitch is stored only when confirmed, and is marked as logged past the guard.
    public async Task<LogPitchResult> LogAsync(long journalistId, NewPitch pitch, bool confirmed, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        var journalist = await JournalistStore.GetAsync(connection, tx, journalistId);
        if (journalist is null) return new LogPitchResult(LogPitchStatus.NotFound);
        if (journalist.IsErased) return new LogPitchResult(LogPitchStatus.Erased);

        var pitches = await ListAsync(connection, tx, journalistId);
        var open = await OpenRequestsAsync(connection, tx, journalistId);
        var verdict = PitchGuard.Evaluate(pitches, open, pitch.IsFollowUp, Cooldown, pitch.SentAt);
        if (verdict.Blocked) return new LogPitchResult(LogPitchStatus.Blocked, verdict);
        if (!verdict.Quiet && !confirmed) return new LogPitchResult(LogPitchStatus.NeedsConfirmation, verdict);

        var now = time.GetUtcNow().ToUnixMs();
        var id = await connection.ExecuteScalarAsync<long>("""
            INSERT INTO pitches (journalist_id, sent_at, channel, subject, is_follow_up, outcome, guard_overridden, guard_warnings, created_at, updated_at)
            VALUES (@journalistId, @sentAt, @channel, @Subject, @IsFollowUp, 'NoAnswer', @overridden, @warnings, @now, @now)
            RETURNING id
            """,
            new
            {
                journalistId,
                sentAt = pitch.SentAt.ToUnixMs(),
                channel = pitch.Channel.Name(),
                pitch.Subject,
                pitch.IsFollowUp,
                overridden = !verdict.Quiet,
                warnings = verdict.Quiet ? null : string.Join(",", verdict.Warnings),
                now,
            }, tx);
        await tx.CommitAsync(ct);
        return new LogPitchResult(LogPitchStatus.Logged, verdict, id);
    }

    public async Task<bool> SetOutcomeAsync(long journalistId, long pitchId, PitchOutcome outcome, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return await connection.ExecuteAsync(
            "UPDATE pitches SET outcome = @outcome, updated_at = @now WHERE id = @pitchId AND journalist_id = @journalistId",
            new { outcome = outcome.ToString(), now = time.GetUtcNow().ToUnixMs(), pitchId, journalistId }) == 1;
    }

    internal static async Task<IReadOnlyList<Pitch>> ListAsync(IDbConnection connection, IDbTransaction? tx, long journalistId)
    {
        var rows = await connection.QueryAsync<Row>("""
            SELECT id, journalist_id AS JournalistId, sent_at AS SentAt, channel, subject, is_follow_up AS IsFollowUp,
                   outcome, guard_overridden AS GuardOverridden, guard_warnings AS GuardWarnings
            FROM pitches WHERE journalist_id = @journalistId
            ORDER BY sent_at DESC, id DESC
            """, new { journalistId }, tx);
        return rows.Select(r => r.ToPitch()).ToList();
    }

    private static async Task<IReadOnlyList<OpenRequestRef>> OpenRequestsAsync(IDbConnection connection, IDbTransaction? tx, long journalistId)
    {
        var rows = await connection.QueryAsync<OpenRequestRef>($"""
            SELECT r.id, r.topic FROM requests r
            WHERE r.journalist_id = @journalistId AND {Requests.RequestStatuses.OpenSql}
            ORDER BY r.received_at
            """, new { journalistId }, tx);
        return rows.ToList();
    }

    private sealed class Row
    {
        public long Id { get; init; }
        public long JournalistId { get; init; }
        public long SentAt { get; init; }
        public string Channel { get; init; } = "";
        public string Subject { get; init; } = "";
        public bool IsFollowUp { get; init; }
        public string Outcome { get; init; } = "";
        public bool GuardOverridden { get; init; }
        public string? GuardWarnings { get; init; }

        public Pitch ToPitch() => new(
            Id, JournalistId, UnixTime.FromUnixMs(SentAt),
            Channels.TryParse(Channel, out var channel) ? channel : Requests.Channel.Other,
            Subject, IsFollowUp, Enum.Parse<PitchOutcome>(Outcome), GuardOverridden, GuardWarnings);
    }
}
