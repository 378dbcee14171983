using System.IO.Compression;
using System.Reflection;
using System.Security.Cryptography;
using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using PressDesk.Data;
using PressDesk.Push;

namespace PressDesk.Backups;

// Writes one zip: a consistent copy of the database taken with SQLite's online backup API (the
// server keeps running and writing meanwhile), the key ring folder as it is, the push key pair
// (browsers bind every device's subscription to its public key), and a manifest. The
// zip appears under its name only once complete: written beside it, then renamed.
public sealed class BackupWriter(Database database, IOptions<DataOptions> data, TimeProvider time)
{
    public async Task<BackupManifest> WriteAsync(string target, CancellationToken ct = default)
    {
        target = Path.GetFullPath(target);
        var folder = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(folder);
        var work = Directory.CreateDirectory(Path.Combine(folder, $".pressdesk-backup-{Guid.NewGuid():N}")).FullName;
        try
        {
            var copy = Path.Combine(work, BackupManifest.DatabaseEntry);
            var schema = await CopyDatabaseAsync(copy, ct);
            var keys = KeyFiles();
            var pushKeys = Path.Combine(Path.GetFullPath(data.Value.DataDirectory), VapidKeys.FileName);
            var pushKeysEntry = File.Exists(pushKeys) ? VapidKeys.FileName : null;
            var manifest = new BackupManifest(
                BackupManifest.CurrentFormat, BackupManifest.AppName, AppVersion(), schema, time.GetUtcNow(),
                BackupManifest.DatabaseEntry, await Sha256Async(copy, ct),
                [.. keys.Select(k => BackupManifest.KeysPrefix + Path.GetFileName(k))], DropFolderIncluded: false, pushKeysEntry);

            var partial = Path.Combine(work, "backup.zip");
            using (var zip = ZipFile.Open(partial, ZipArchiveMode.Create))
            {
                zip.CreateEntryFromFile(copy, BackupManifest.DatabaseEntry, CompressionLevel.Fastest);
                foreach (var key in keys) zip.CreateEntryFromFile(key, BackupManifest.KeysPrefix + Path.GetFileName(key));
                if (pushKeysEntry is not null) zip.CreateEntryFromFile(pushKeys, pushKeysEntry);
                await using var entry = zip.CreateEntry(BackupManifest.EntryName).Open();
                await JsonSerializer.SerializeAsync(entry, manifest, BackupManifest.Json, ct);
            }
            File.Move(partial, target, overwrite: true);
            return manifest;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    // The copy is made self-contained (no -wal beside it) and checked before it goes in the zip.
    private async Task<long> CopyDatabaseAsync(string copy, CancellationToken ct)
    {
        if (!File.Exists(database.Path)) throw new FileNotFoundException("There is no database to back up.", database.Path);
        await using (var source = await database.OpenAsync(ct))
        await using (var destination = BackupFile.Open(copy, SqliteOpenMode.ReadWriteCreate))
        {
            source.BackupDatabase(destination);
            await destination.ExecuteAsync("PRAGMA journal_mode = DELETE;");
        }
        await using var check = BackupFile.Open(copy, SqliteOpenMode.ReadOnly);
        var integrity = await check.ExecuteScalarAsync<string>("PRAGMA integrity_check;");
        if (integrity != "ok") throw new InvalidDataException($"The copy of {database.Path} fails SQLite's integrity check: {integrity}");
        return await check.ExecuteScalarAsync<long>("SELECT coalesce(max(version), 0) FROM schema_migrations");
    }

    private string[] KeyFiles() =>
        Directory.Exists(data.Value.KeyRingDirectory)
            ? [.. Directory.EnumerateFiles(data.Value.KeyRingDirectory).Order(StringComparer.Ordinal)]
            : [];

    internal static async Task<string> Sha256Async(string path, CancellationToken ct)
    {
        await using var file = File.OpenRead(path);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(file, ct));
    }

    private static string AppVersion() =>
        typeof(BackupWriter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
}
