using System.Security.Cryptography;
using Dapper;
using Microsoft.AspNetCore.DataProtection;
using PressDesk.Data;

namespace PressDesk.Settings;

public sealed record SettingChange(string Key, string? Before, string? After, string ChangedBy, DateTimeOffset ChangedAt);

// The one owner of the settings table: it writes the rows and the change log together, seals
// secrets, and hands the values to the configuration provider after each save.
public sealed class SettingsStore(
    Database database, SettingsConfigurationProvider provider, IDataProtectionProvider protection, ILogger<SettingsStore> logger)
{
    // What the change log shows instead of a secret, before or after.
    public const string Masked = "••••••";

    private readonly IDataProtector _protector = protection.CreateProtector("PressDesk.Settings.v1");

    // The stored values, secrets unsealed: the configuration the app runs on, below the server's own.
    public async Task<IReadOnlyDictionary<string, string>> LoadAsync(CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        var rows = await connection.QueryAsync<(string Key, string Value, bool Sealed)>("SELECT key, value, sealed FROM settings");
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value, isSealed) in rows)
        {
            if (!isSealed) { values[key] = value; continue; }
            try { values[key] = _protector.Unprotect(value); }
            // Keys lost (a data folder restored without keys/): the secret is gone, the rest still applies.
            catch (CryptographicException) { logger.SecretUnreadable(key); }
        }
        return values;
    }

    public async Task ReloadAsync(CancellationToken ct = default) => provider.Apply(await LoadAsync(ct));

    // Writes the changed keys (null or empty: back to the default) and their log lines in one
    // transaction, then reloads the configuration so the change applies at once.
    public async Task SaveAsync(IReadOnlyDictionary<string, string?> changes, string changedBy, DateTimeOffset now, CancellationToken ct = default)
    {
        if (changes.Count == 0) return;
        var current = await LoadAsync(ct);
        await using (var connection = await database.OpenAsync(ct))
        await using (var tx = await connection.BeginTransactionAsync(ct))
        {
            foreach (var (key, value) in changes)
            {
                var setting = ManagedSettings.Find(key) ?? throw new ArgumentException($"{key} is not a setting of the Settings page.", nameof(changes));
                var before = current.GetValueOrDefault(setting.Key);
                var after = string.IsNullOrEmpty(value) ? null : value;
                if (before == after) continue;
                if (after is null)
                    await connection.ExecuteAsync("DELETE FROM settings WHERE key = @key", new { key = setting.Key }, tx);
                else
                    await connection.ExecuteAsync("""
                        INSERT INTO settings (key, value, sealed, updated_at) VALUES (@key, @value, @sealed, @now)
                        ON CONFLICT (key) DO UPDATE SET value = excluded.value, sealed = excluded.sealed, updated_at = excluded.updated_at
                        """, new { key = setting.Key, value = setting.IsSecret ? _protector.Protect(after) : after, @sealed = setting.IsSecret, now = now.ToUnixMs() }, tx);
                await connection.ExecuteAsync("""
                    INSERT INTO setting_changes (key, before, after, changed_by, changed_at) VALUES (@key, @before, @after, @changedBy, @now)
                    """, new { key = setting.Key, before = Shown(setting, before), after = Shown(setting, after), changedBy, now = now.ToUnixMs() }, tx);
            }
            await tx.CommitAsync(ct);
        }
        await ReloadAsync(ct);
    }

    public async Task<IReadOnlyList<SettingChange>> ChangesAsync(int limit, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        var rows = await connection.QueryAsync<(string Key, string? Before, string? After, string ChangedBy, long ChangedAt)>("""
            SELECT key, before, after, changed_by, changed_at FROM setting_changes ORDER BY changed_at DESC, id LIMIT @limit
            """, new { limit });
        return rows.Select(r => new SettingChange(r.Key, r.Before, r.After, r.ChangedBy, UnixTime.FromUnixMs(r.ChangedAt))).ToList();
    }

    private static string? Shown(ManagedSetting setting, string? value) => setting.IsSecret && value is not null ? Masked : value;
}

internal static partial class SettingsStoreLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Setting {Key} is sealed with a key this installation no longer has; set it again on the Settings page")]
    public static partial void SecretUnreadable(this ILogger logger, string key);
}
