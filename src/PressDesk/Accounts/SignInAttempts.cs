using Dapper;
using Microsoft.Extensions.Options;
using PressDesk.Data;

namespace PressDesk.Accounts;

public sealed record SignInAttempt(string Email, bool Succeeded, string Reason, string RemoteIp, string? UserAgent, DateTimeOffset At);

// The record of every sign-in attempt, and the throttle that reads it: too many recent failures
// for one account or from one address and further attempts are refused until the oldest of them
// leaves the window. Kept in SQLite so a restart does not reset an attacker's count.
public sealed class SignInAttempts(Database database, IOptionsMonitor<SignInThrottleOptions> options, TimeProvider time)
{
    public const string Throttled = "throttled";

    public async Task RecordAsync(string email, long? userId, bool succeeded, string reason, string remoteIp, string? userAgent)
    {
        await using var connection = await database.OpenAsync();
        await connection.ExecuteAsync("""
            INSERT INTO sign_in_attempts (email, user_id, succeeded, reason, remote_ip, user_agent, at)
            VALUES (@email, @userId, @succeeded, @reason, @remoteIp, @userAgent, @at)
            """,
            new { email, userId, succeeded, reason, remoteIp, userAgent = userAgent?[..Math.Min(userAgent.Length, 300)], at = time.GetUtcNow().ToUnixMs() });
    }

    // How long until another attempt is allowed, or null when it is allowed now.
    public async Task<TimeSpan?> RetryAfterAsync(string email, string remoteIp)
    {
        var settings = options.CurrentValue;
        var now = time.GetUtcNow();
        await using var connection = await database.OpenAsync();
        var byAccount = await BlockedUntilAsync(connection, "email", email, settings.MaxFailuresPerAccount, settings.Window, now);
        var byAddress = await BlockedUntilAsync(connection, "remote_ip", remoteIp, settings.MaxFailuresPerAddress, settings.Window, now);
        var until = new[] { byAccount, byAddress }.Max();
        return until is { } u && u > now ? u - now : null;
    }

    public async Task<IReadOnlyList<SignInAttempt>> RecentAsync(int count, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        var rows = await connection.QueryAsync<(string Email, bool Succeeded, string Reason, string RemoteIp, string? UserAgent, long At)>(
            "SELECT email, succeeded, reason, remote_ip, user_agent, at FROM sign_in_attempts ORDER BY at DESC, id DESC LIMIT @count",
            new { count });
        return rows.Select(r => new SignInAttempt(r.Email, r.Succeeded, r.Reason, r.RemoteIp, r.UserAgent, UnixTime.FromUnixMs(r.At))).ToList();
    }

    // With n failures in the window and a limit of max, attempts are allowed again once the
    // (n - max + 1)th oldest failure leaves the window. Refused attempts do not count as failures.
    private static async Task<DateTimeOffset?> BlockedUntilAsync(
        System.Data.IDbConnection connection, string column, string value, int max, TimeSpan window, DateTimeOffset now)
    {
        var failures = await connection.QueryAsync<long>($"""
            SELECT at FROM sign_in_attempts
            WHERE {column} = @value AND succeeded = 0 AND reason <> '{Throttled}' AND at > @since
            ORDER BY at
            """, new { value, since = (now - window).ToUnixMs() });
        var list = failures.ToList();
        if (list.Count < max) return null;
        return UnixTime.FromUnixMs(list[list.Count - max]) + window;
    }
}
