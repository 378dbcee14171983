using System.Text.Json;
using System.Text.Json.Serialization;

namespace PressDesk.Backups;

// manifest.json inside a backup: what made it, when, and what the database inside must hash to.
// PushKeys names the push key pair's entry; it is null in a backup made before push existed or
// when the server never made a pair.
public sealed record BackupManifest(
    int Format, string App, string Version, long SchemaVersion, DateTimeOffset CreatedAt,
    string Database, string DatabaseSha256, IReadOnlyList<string> KeyFiles, bool DropFolderIncluded, string? PushKeys = null)
{
    public const int CurrentFormat = 1;
    public const string AppName = "PressDesk";
    public const string EntryName = "manifest.json";
    public const string DatabaseEntry = "pressdesk.db";
    public const string KeysPrefix = "keys/";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,   // a file, never a page: "+" stays readable
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
    };
}
