using Dapper;
using Microsoft.Extensions.Options;
using PressDesk.Data;

namespace PressDesk.Accounts;

public sealed record SignInAttempt(string Email, bool Succeeded, string Reason, string RemoteIp, string? UserAgent, DateTimeOffset At);

// The record of every sign-in attempt, and the throttle that reads it. Failures are counted per
// account AND client address, so whoever guesses from one address slows only that address, with
// waits that double; the right password from an address with no failure always goes through, so
// nobody can lock the owner out. Kept in SQLite so a restart does not reset an attacker's count.
public sealed class SignInAttempts(Database database, IOptionsMonitor<SignInThrottleOptions> options, TimeProvider time)
{
    public const string Throttled = "throttled";

    // Refused attempts are not failures: a refused guess was never checked.
    private const string Failure = $"succeeded = 0 AND reason <> '{Throttled}' AND at > @since";

    public async Task RecordAsync(string email, long? userId, bool succeeded, string reason, string remoteIp, string? userAgent)
    {
        await using var connection = await database.OpenAsync();
        await connection.ExecuteAsync("""
            INSERT INTO sign_in_attempts (email, user_id, succeeded, reason, remote_ip, user_agent, at)
            VALUES (@email, @userId, @succeeded, @reason, @remoteIp, @userAgent, @at)
            """,
            new { email, userId, succeeded, reason, remoteIp, userAgent = userAgent?[..Math.Min(userAgent.Length, 300)], at = time.GetUtcNow().ToUnixMs() });
    }

    // How long until another attempt for this account from this address is allowed, or null when it is allowed now.
    public async Task<TimeSpan?> RetryAfterAsync(string email, string remoteIp)
    {
        var settings = options.CurrentValue;
        var now = time.GetUtcNow();
        var args = new { email, remoteIp, since = (now - settings.Window).ToUnixMs() };
        await using var connection = await database.OpenAsync();
        // The pair's failures since it last signed in: a person who mistyped and then got it right starts afresh.
        var pair = await connection.QuerySingleAsync<(long Count, long? Last)>($"""
            SELECT count(*) AS Count, max(at) AS Last FROM sign_in_attempts
            WHERE email = @email AND remote_ip = @remoteIp AND {Failure}
              AND at > coalesce((SELECT max(at) FROM sign_in_attempts WHERE email = @email AND remote_ip = @remoteIp AND succeeded = 1), 0)
            """, args);
        // The account's failures from elsewhere: many mean a distributed attack; one address alone is the pair's business.
        var elsewhere = await connection.ExecuteScalarAsync<long>(
            $"SELECT count(*) FROM sign_in_attempts WHERE email = @email AND remote_ip <> @remoteIp AND {Failure}", args);
        var address = await connection.QuerySingleAsync<(long Count, long? Last)>(
            $"SELECT count(*) AS Count, max(at) AS Last FROM sign_in_attempts WHERE remote_ip = @remoteIp AND {Failure}", args);

        var until = new[]
        {
            PairWaitsUntil(pair, elsewhere, settings),
            address.Count >= settings.MaxFailuresPerAddress ? WaitAfter(address.Last, address.Count - settings.MaxFailuresPerAddress, settings) : null,
        }.Max();
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

    // Usually the pair's first FreeFailures cost nothing. Once the account fails from elsewhere too
    // (MaxFailuresPerAccount or more), each failing address waits from its first failure, longer as
    // the attack grows (one doubling each time it doubles), so a thousand addresses get little more
    // than a guess each per MaxDelay. An address with no failure is not concerned.
    private static DateTimeOffset? PairWaitsUntil((long Count, long? Last) pair, long elsewhere, SignInThrottleOptions settings)
    {
        if (pair.Count == 0) return null;
        if (elsewhere < settings.MaxFailuresPerAccount)
            return pair.Count >= settings.FreeFailures ? WaitAfter(pair.Last, pair.Count - settings.FreeFailures, settings) : null;
        var attackSize = (long)Math.Floor(Math.Log2((double)elsewhere / settings.MaxFailuresPerAccount));
        return WaitAfter(pair.Last, pair.Count - 1 + attackSize, settings);
    }

    // FirstDelay after the last failure, doubled `doublings` times, at most MaxDelay.
    private static DateTimeOffset WaitAfter(long? lastFailure, long doublings, SignInThrottleOptions settings)
    {
        var delay = settings.FirstDelay * Math.Pow(2, Math.Min(doublings, 30));
        return UnixTime.FromUnixMs(lastFailure!.Value) + (delay < settings.MaxDelay ? delay : settings.MaxDelay);
    }
}
