using System.Xml.Linq;
using Microsoft.Extensions.Options;
using PressDesk.Data;

namespace PressDesk.KeyRing;

// Finds the protection key before Data Protection reads the ring, and keeps the ring encrypted
// with it: a fresh install gets a new key; keys an older PressDesk wrote in clear are encrypted in
// place; a ring whose key is missing or is not the given one stops the start with a message, unless
// PressDesk:KeyRing:ReplaceLostProtectionKey says the loss is accepted.
public sealed class KeyRingProtection(IOptions<KeyRingOptions> options, IOptions<DataOptions> data, ILogger<KeyRingProtection> logger)
{
    private static readonly XNamespace DataProtection = "http://schemas.asp.net/2015/03/dataProtection";
    private static readonly XName RequiresEncryption = DataProtection + "requiresEncryption";
    private static readonly XName EncryptedSecret = DataProtection + "encryptedSecret";

    private readonly Lazy<ProtectionKey> _key = new(() => Prepare(options.Value, data.Value, logger));

    public string KeysFolder => FolderOf(data.Value);

    public ProtectionKey Key => _key.Value;

    private static string FolderOf(DataOptions data) => Path.Combine(Path.GetFullPath(data.DataDirectory), "keys");

    private static ProtectionKey Prepare(KeyRingOptions options, DataOptions data, ILogger logger)
    {
        var path = options.ProtectionKeyPath();
        var dataFolder = Path.GetFullPath(data.DataDirectory) + Path.DirectorySeparatorChar;
        if (path.StartsWith(dataFolder, StringComparison.Ordinal))
            throw new InvalidOperationException(
                $"PressDesk:KeyRing:ProtectionKeyFile '{path}' is inside PressDesk:DataDirectory: a copy of the data folder would carry the key that opens it. Keep it elsewhere.");

        var folder = Directory.CreateDirectory(FolderOf(data)).FullName;
        var files = Directory.GetFiles(folder, "*.xml").Select(file => (File: file, Xml: Load(file))).ToList();
        var protectedBy = files.SelectMany(f => f.Xml.Descendants(EncryptedSecret)).Select(KeyIdOf).ToList();

        ProtectionKey key;
        if (File.Exists(path))
        {
            key = ProtectionKey.Read(path);
            if (protectedBy.Count > 0 && !protectedBy.Contains(key.Id) && !options.ReplaceLostProtectionKey)
                throw new InvalidOperationException(
                    $"PressDesk:KeyRing:ProtectionKeyFile '{path}' is not the key that protects the key ring in '{folder}'. " +
                    "Give the right file; or, if that key is lost, start once with PressDesk:KeyRing:ReplaceLostProtectionKey=true: sealed statements, notes and settings written until now stay unreadable, sign-in still works.");
        }
        else
        {
            if (protectedBy.Count > 0 && !options.ReplaceLostProtectionKey)
                throw new InvalidOperationException(
                    $"PressDesk:KeyRing:ProtectionKeyFile '{path}' is missing, and the key ring in '{folder}' is protected with it. " +
                    "Put the file back (from where you keep it apart from backups); or, if it is lost, start once with PressDesk:KeyRing:ReplaceLostProtectionKey=true: sealed statements, notes and settings written until now stay unreadable, sign-in still works.");
            key = ProtectionKey.Create(path);
            if (protectedBy.Count > 0) logger.Replaced(path);
            else logger.Created(path);
        }

        var encryptor = new KeyRingEncryptor(key);
        foreach (var (file, xml) in files.Where(f => f.Xml.DescendantsAndSelf().Any(IsPlain)))
        {
            Reprotect(xml, encryptor);
            var temporary = Path.Combine(folder, "." + Path.GetFileName(file) + ".tmp");
            xml.Save(temporary);
            File.Move(temporary, file, overwrite: true);
            logger.Reprotected(file);
        }
        logger.Protected(folder, path);
        return key;
    }

    private static XElement Load(string file)
    {
        try
        {
            return XElement.Load(file);
        }
        catch (System.Xml.XmlException e)
        {
            throw new InvalidOperationException(
                $"The key-ring file '{file}' is damaged ({e.Message}). Restore it from the backup of the data folder, or move it away: what it sealed becomes unreadable.", e);
        }
    }

    private static bool IsPlain(XElement element) => (bool?)element.Attribute(RequiresEncryption) == true;

    private static string? KeyIdOf(XElement secret) =>
        (string?)secret.Element(KeyRingEncryptor.ElementName)?.Attribute("keyId");

    // As Data Protection does for a new key: each element marked requiresEncryption becomes an
    // encryptedSecret naming the decryptor.
    private static void Reprotect(XElement key, KeyRingEncryptor encryptor)
    {
        foreach (var plain in key.DescendantsAndSelf().Where(IsPlain).ToList())
        {
            var encrypted = encryptor.Encrypt(new XElement(plain));
            plain.ReplaceWith(new XElement(EncryptedSecret,
                new XAttribute("decryptorType", encrypted.DecryptorType.AssemblyQualifiedName!),
                encrypted.EncryptedElement));
        }
    }
}

// The log lines of this file, as source-generated LoggerMessage methods (no boxing, no parsing of the template per call).
internal static partial class KeyRingProtectionLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "The key ring in {Folder} is encrypted with the protection key {KeyFile}. Keep a copy of that file apart from backups of the data folder: without it, sealed statements cannot be read.")]
    public static partial void Protected(this ILogger logger, string folder, string keyFile);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Created a new key-ring protection key in {KeyFile}. Keep a copy of it apart from backups of the data folder.")]
    public static partial void Created(this ILogger logger, string keyFile);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The key-ring protection key was lost and replaced by a new one in {KeyFile} (PressDesk:KeyRing:ReplaceLostProtectionKey): what the old keys sealed cannot be read.")]
    public static partial void Replaced(this ILogger logger, string keyFile);

    [LoggerMessage(Level = LogLevel.Information, Message = "Encrypted {File}, a key an earlier PressDesk wrote in clear")]
    public static partial void Reprotected(this ILogger logger, string file);
}
