using Dapper;
using PressDesk.Data;

namespace PressDesk.Routing;

public enum AwayOutcome { Done, NotInFuture, TooFar, UnknownMember }

// "In a meeting until 15:00", from the dashboard or a push notification's action. The one writer
// of users.away_until/away_note: Changed is raised after the write, so escalation looks again at
// the member's unacknowledged requests and dashboards offer their open ones to colleagues.
public sealed class Away(Database database, TimeProvider time)
{
    // Longer absences are not "away": they are working hours or a removed member.
    public static readonly TimeSpan Longest = TimeSpan.FromDays(14);
    public const int NoteMaxLength = 200;

    public event Action? Changed;

    public async Task<AwayOutcome> SetAsync(long userId, DateTimeOffset until, string? note, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        if (until <= now) return AwayOutcome.NotInFuture;
        if (until - now > Longest) return AwayOutcome.TooFar;
        note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (note is { Length: > NoteMaxLength }) note = note[..NoteMaxLength];
        return await WriteAsync(userId, until.ToUnixMs(), note, ct);
    }

    public Task<AwayOutcome> ClearAsync(long userId, CancellationToken ct = default) => WriteAsync(userId, null, null, ct);

    private async Task<AwayOutcome> WriteAsync(long userId, long? until, string? note, CancellationToken ct)
    {
        await using (var connection = await database.OpenAsync(ct))
        {
            var rows = await connection.ExecuteAsync(
                "UPDATE users SET away_until = @until, away_note = @note WHERE id = @userId", new { userId, until, note });
            if (rows == 0) return AwayOutcome.UnknownMember;
        }
        Changed?.Invoke();
        return AwayOutcome.Done;
    }
}
