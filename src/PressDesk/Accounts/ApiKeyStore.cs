using System.Security.Cryptography;
using System.Text;
using Dapper;
using PressDesk.Data;

namespace PressDesk.Accounts;

public sealed record ApiKey(
    long Id, string Name, string Prefix, IReadOnlyList<string> Scopes, DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt);

// API keys are random 256-bit secrets, so one SHA-256 pass is enough to store them safely
// (a slow password hash is for guessable secrets) and keeps each API call cheap.
public sealed class ApiKeyStore(Database database, TimeProvider time)
{
    public const string KeyPrefix = "pd_";
    public const int MinBootstrapKeyLength = 32;

    // last_used_at is a hint for people, not an audit trail: write it at most once a minute per key.
    private static readonly TimeSpan TouchInterval = TimeSpan.FromMinutes(1);

    public async Task<(ApiKey Key, string Secret)> CreateAsync(string name, IReadOnlyList<string> scopes, long? createdBy, CancellationToken ct = default)
    {
        var secret = KeyPrefix + Base64Url(RandomNumberGenerator.GetBytes(32));
        var id = await InsertAsync(name, secret, scopes, createdBy, ct);
        return ((await ListAsync(ct)).Single(k => k.Id == id), secret);
    }

    // For PressDesk:Bootstrap:ApiKey: creates it once, whatever the number of starts. Scopes set in
    // the configuration are the key's at every start; without them a new key gets the default and
    // an existing one keeps its own.
    public async Task EnsureAsync(string name, string secret, IReadOnlyList<string>? scopes, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        var updated = scopes is not null && await connection.ExecuteAsync(
            "UPDATE api_keys SET scopes = @scopes WHERE key_hash = @hash", new { hash = Hash(secret), scopes = ApiScopes.Format(scopes) }) == 1;
        var exists = updated || await connection.ExecuteScalarAsync<bool>(
            "SELECT EXISTS (SELECT 1 FROM api_keys WHERE key_hash = @hash)", new { hash = Hash(secret) });
        if (!exists) await InsertAsync(name, secret, scopes ?? ApiScopes.Default, null, ct);
    }

    public async Task<ApiKey?> AuthenticateAsync(string secret, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        await using var connection = await database.OpenAsync(ct);
        var key = await connection.QuerySingleOrDefaultAsync<Row>(
            "SELECT id, name, prefix, scopes, created_at, last_used_at, revoked_at FROM api_keys WHERE key_hash = @hash AND revoked_at IS NULL",
            new { hash = Hash(secret) });
        if (key is null) return null;
        if (key.last_used_at is null || now - UnixTime.FromUnixMs(key.last_used_at.Value) >= TouchInterval)
            await connection.ExecuteAsync("UPDATE api_keys SET last_used_at = @now WHERE id = @id", new { key.id, now = now.ToUnixMs() });
        return key.ToApiKey();
    }

    public async Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        var rows = await connection.QueryAsync<Row>(
            "SELECT id, name, prefix, scopes, created_at, last_used_at, revoked_at FROM api_keys ORDER BY revoked_at IS NOT NULL, created_at DESC");
        return rows.Select(r => r.ToApiKey()).ToList();
    }

    public async Task<bool> RevokeAsync(long id, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        return await connection.ExecuteAsync(
            "UPDATE api_keys SET revoked_at = @now WHERE id = @id AND revoked_at IS NULL",
            new { id, now = time.GetUtcNow().ToUnixMs() }) == 1;
    }

    private async Task<long> InsertAsync(string name, string secret, IReadOnlyList<string> scopes, long? createdBy, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        return await connection.ExecuteScalarAsync<long>("""
            INSERT INTO api_keys (name, prefix, key_hash, scopes, created_at, created_by)
            VALUES (@name, @prefix, @hash, @scopes, @now, @createdBy)
            RETURNING id
            """,
            new { name, prefix = secret[..Math.Min(secret.Length, 7)], hash = Hash(secret), scopes = ApiScopes.Format(scopes), now = time.GetUtcNow().ToUnixMs(), createdBy });
    }

    private static string Hash(string secret) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    // Dapper maps by column name; conversion to DateTimeOffset is explicit below.
    private sealed record Row(long id, string name, string prefix, string scopes, long created_at, long? last_used_at, long? revoked_at)
    {
        public ApiKey ToApiKey() => new(id, name, prefix, ApiScopes.Parse(scopes), UnixTime.FromUnixMs(created_at), UnixTime.FromUnixMs(last_used_at), UnixTime.FromUnixMs(revoked_at));
    }
}
