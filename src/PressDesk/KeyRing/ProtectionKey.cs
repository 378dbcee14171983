using System.Security.Cryptography;

namespace PressDesk.KeyRing;

// The 256-bit key that encrypts the key ring, read from its file (base64, as `openssl rand -base64 32`
// writes it). Its Id, a hash prefix, is written beside each encrypted key so that a wrong file is
// told apart from a damaged one.
public sealed class ProtectionKey
{
    private const int Length = 32;

    private ProtectionKey(byte[] bytes)
    {
        Bytes = bytes;
        Id = Convert.ToHexStringLower(SHA256.HashData(bytes).AsSpan(0, 8));
    }

    public byte[] Bytes { get; }

    public string Id { get; }

    public static ProtectionKey Read(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path).Trim();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException(
                $"PressDesk:KeyRing:ProtectionKeyFile '{path}' cannot be read: {e.Message} Give this user read access to it.", e);
        }
        var bytes = new byte[Length];
        if (!Convert.TryFromBase64String(text, bytes, out var written) || written != Length)
            throw new InvalidOperationException(
                $"PressDesk:KeyRing:ProtectionKeyFile '{path}' does not hold a key: it must be 32 random bytes in base64 (for example the output of 'openssl rand -base64 32').");
        return new ProtectionKey(bytes);
    }

    // A new key, readable by this user only.
    public static ProtectionKey Create(string path)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var bytes = RandomNumberGenerator.GetBytes(Length);
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            using (var writer = new StreamWriter(path, System.Text.Encoding.ASCII, options))
                writer.WriteLine(Convert.ToBase64String(bytes));
            return new ProtectionKey(bytes);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process created it first: use theirs.
            return Read(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException(
                $"PressDesk:KeyRing:ProtectionKeyFile '{path}' cannot be created: {e.Message} Point it at a file this user can write, outside PressDesk:DataDirectory.", e);
        }
    }
}
