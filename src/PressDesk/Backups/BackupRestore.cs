using System.IO.Compression;
using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Localization;
using PressDesk.Data;
using PressDesk.Push;

namespace PressDesk.Backups;

// Puts a backup in place of the data folder's database, key ring and push key pair. Everything is checked first
// (a zip with a manifest, a database that hashes as the manifest says and passes integrity_check,
// a schema this PressDesk knows), in a staging folder inside the data folder; only then are the
// current files moved aside and the staged ones renamed in. Nothing is deleted.
public sealed class BackupRestore(DataFolderLock folder, TimeProvider time, IStringLocalizer<BackupRestore> L)
{
    public sealed record Restored(BackupManifest Manifest, string DataDirectory, string? SetAside);

    public async Task<Restored> RunAsync(string backup, CancellationToken ct = default)
    {
        backup = Path.GetFullPath(backup);
        if (!File.Exists(backup)) throw Refused(L["There is no file {0}.", backup]);
        // Held until the process ends, so that no server starts on the folder half-way.
        if (!folder.TryHold())
            throw Refused(L["PressDesk is running on the data folder {0}. Stop it, then restore.", folder.DataDirectory]);

        var staging = Directory.CreateDirectory(Path.Combine(folder.DataDirectory, $".restore-{Guid.NewGuid():N}")).FullName;
        try
        {
            var manifest = await StageAsync(backup, staging, ct);
            return new Restored(manifest, folder.DataDirectory, SwapIn(staging));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(staging, recursive: true);
        }
    }

    private async Task<BackupManifest> StageAsync(string backup, string staging, CancellationToken ct)
    {
        ZipArchive zip;
        try
        {
            zip = ZipFile.OpenRead(backup);
        }
        catch (InvalidDataException)
        {
            throw Refused(L["{0} is not a PressDesk backup (it is not a zip file).", backup]);
        }
        using (zip)
        {
            var manifest = await ManifestAsync(zip, backup, ct);
            var database = Path.Combine(staging, BackupManifest.DatabaseEntry);
            var keys = Directory.CreateDirectory(Path.Combine(staging, DataOptions.KeyRingFolderName)).FullName;
            try
            {
                Extract(zip, BackupManifest.DatabaseEntry, database, backup);
                foreach (var key in manifest.KeyFiles)
                {
                    // Only plain file names: an entry must not write outside the staging folder.
                    var name = key.StartsWith(BackupManifest.KeysPrefix, StringComparison.Ordinal) ? key[BackupManifest.KeysPrefix.Length..] : "";
                    if (name.Length == 0 || name != Path.GetFileName(name) || name is "." or "..")
                        throw Refused(L["{0} is damaged: {1}", backup, key]);
                    Extract(zip, key, Path.Combine(keys, name), backup);
                }
                // Always the one known name: the entry cannot choose where it is written.
                if (manifest.PushKeys is not null)
                {
                    if (manifest.PushKeys != VapidKeys.FileName) throw Refused(L["{0} is damaged: {1}", backup, manifest.PushKeys]);
                    Extract(zip, VapidKeys.FileName, Path.Combine(staging, VapidKeys.FileName), backup);
                }
            }
            catch (InvalidDataException e)
            {
                throw Refused(L["{0} is damaged: {1}", backup, e.Message]);
            }
            await CheckDatabaseAsync(database, manifest, backup, ct);
            return manifest;
        }
    }

    private async Task<BackupManifest> ManifestAsync(ZipArchive zip, string backup, CancellationToken ct)
    {
        var entry = zip.GetEntry(BackupManifest.EntryName) ?? throw Refused(L["{0} is not a PressDesk backup (it has no manifest).", backup]);
        BackupManifest? manifest;
        try
        {
            await using var stream = await entry.OpenAsync(ct);
            manifest = await JsonSerializer.DeserializeAsync<BackupManifest>(stream, BackupManifest.Json, ct);
        }
        catch (Exception e) when (e is JsonException or InvalidDataException)
        {
            manifest = null;
        }
        if (manifest is not { App: BackupManifest.AppName, Format: BackupManifest.CurrentFormat, DatabaseSha256: not null, KeyFiles: not null })
            throw Refused(L["{0} is not a PressDesk backup (its manifest is unreadable).", backup]);
        var known = Migrator.Scripts()[^1].Version;
        if (manifest.SchemaVersion > known)
            throw Refused(L["{0} was made by a newer PressDesk (schema {1}; this one knows up to {2}). Restore it with that version or a later one.", backup, manifest.SchemaVersion, known]);
        return manifest;
    }

    private void Extract(ZipArchive zip, string name, string path, string backup)
    {
        var entry = zip.GetEntry(name) ?? throw Refused(L["{0} is damaged: {1}", backup, name]);
        entry.ExtractToFile(path);
    }

    private async Task CheckDatabaseAsync(string database, BackupManifest manifest, string backup, CancellationToken ct)
    {
        if (await BackupWriter.Sha256Async(database, ct) != manifest.DatabaseSha256)
            throw Refused(L["{0} is damaged: its database is not the one its manifest describes.", backup]);
        try
        {
            await using var connection = BackupFile.Open(database, SqliteOpenMode.ReadWrite);
            var integrity = await connection.ExecuteScalarAsync<string>("PRAGMA integrity_check;");
            if (integrity != "ok") throw Refused(L["{0} is damaged: {1}", backup, integrity ?? "?"]);
            var schema = await connection.ExecuteScalarAsync<long>("SELECT coalesce(max(version), 0) FROM schema_migrations");
            if (schema != manifest.SchemaVersion) throw Refused(L["{0} is damaged: its database is not the one its manifest describes.", backup]);
        }
        catch (SqliteException e)
        {
            throw Refused(L["{0} is damaged: {1}", backup, e.Message]);
        }
    }

    // The current database (with its -wal and -shm, which belong to it), key ring and push key pair
    // go to a before-restore folder, then the staged ones are renamed in: renames within one file
    // system. If a rename fails, what was moved goes back. A backup without a push key pair leaves
    // none in place, so the server makes a new one at start.
    private string? SwapIn(string staging)
    {
        var directory = folder.DataDirectory;
        var current = new[] { DataOptions.DatabaseFileName, DataOptions.DatabaseFileName + "-wal", DataOptions.DatabaseFileName + "-shm", DataOptions.KeyRingFolderName, VapidKeys.FileName }
            .Where(name => File.Exists(Path.Combine(directory, name)) || Directory.Exists(Path.Combine(directory, name)))
            .ToList();
        var aside = current.Count == 0 ? null : Directory.CreateDirectory(AsideFolder(directory)).FullName;
        var moves = new List<(string From, string To)>();
        try
        {
            foreach (var name in current) Move(Path.Combine(directory, name), Path.Combine(aside!, name), moves);
            Move(Path.Combine(staging, BackupManifest.DatabaseEntry), Path.Combine(directory, DataOptions.DatabaseFileName), moves);
            Move(Path.Combine(staging, DataOptions.KeyRingFolderName), Path.Combine(directory, DataOptions.KeyRingFolderName), moves);
            if (File.Exists(Path.Combine(staging, VapidKeys.FileName)))
                Move(Path.Combine(staging, VapidKeys.FileName), Path.Combine(directory, VapidKeys.FileName), moves);
            return aside;
        }
        catch
        {
            foreach (var (from, to) in Enumerable.Reverse(moves)) Move(to, from, []);
            throw;
        }
    }

    private string AsideFolder(string directory)
    {
        var stamp = Path.Combine(directory, $"before-restore-{time.GetUtcNow():yyyyMMdd'T'HHmmss'Z'}");
        var path = stamp;
        for (var n = 2; Directory.Exists(path); n++) path = $"{stamp}-{n}";
        return path;
    }

    private static void Move(string from, string to, List<(string, string)> done)
    {
        if (Directory.Exists(from)) Directory.Move(from, to);
        else File.Move(from, to);
        done.Add((from, to));
    }

    private static BackupRefusedException Refused(string message) => new(message);
}

public sealed class BackupRefusedException(string message) : Exception(message);
