using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;

namespace PressDesk.Push;

// The server's VAPID key pair (P-256), made at first start and kept in the data directory, readable
// by PressDesk's user only: browsers bind each subscription to the public key, so a new pair would
// silently cut every device off.
public sealed record VapidKeys(string PublicKey, string PrivateKey)
{
    public const string FileName = "push-vapid-keys.json";

    public static VapidKeys LoadOrCreate(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, FileName);
        if (File.Exists(path))
            return JsonSerializer.Deserialize<VapidKeys>(File.ReadAllText(path), JsonSerializerOptions.Web)
                ?? throw new InvalidOperationException($"{path} is empty; delete it to make a new key pair (every device then subscribes again).");

        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var parameters = key.ExportParameters(includePrivateParameters: true);
        var keys = new VapidKeys(
            WebEncoders.Base64UrlEncode([0x04, .. parameters.Q.X!, .. parameters.Q.Y!]),   // uncompressed point, as browsers take it
            WebEncoders.Base64UrlEncode(parameters.D!));

        // Written beside, then moved: a crash mid-write leaves no half file to be read as the key.
        var temporary = path + ".tmp";
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using (var file = new FileStream(temporary, options))
            JsonSerializer.Serialize(file, keys, JsonSerializerOptions.Web);
        File.Move(temporary, path);
        return keys;
    }
}
