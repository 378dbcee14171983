using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace PressDesk.KeyRing;

// Encrypts each key of the ring with AES-256-GCM under the protection key, so the XML files in
// <DataDirectory>/keys hold no key material in clear. Tampering or a wrong protection key fails
// the tag check, and Data Protection then treats that key as unusable.
public sealed class KeyRingEncryptor(ProtectionKey key) : IXmlEncryptor
{
    public static readonly XName ElementName = "protectedByPressDesk";
    private static readonly byte[] Purpose = "PressDesk key ring"u8.ToArray();

    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        var plaintext = Encoding.UTF8.GetBytes(plaintextElement.ToString(SaveOptions.DisableFormatting));
        var sealedBytes = new byte[AesGcm.NonceByteSizes.MaxSize + AesGcm.TagByteSizes.MaxSize + plaintext.Length];
        var nonce = sealedBytes.AsSpan(0, AesGcm.NonceByteSizes.MaxSize);
        var tag = sealedBytes.AsSpan(nonce.Length, AesGcm.TagByteSizes.MaxSize);
        RandomNumberGenerator.Fill(nonce);
        using (var aes = new AesGcm(key.Bytes, tag.Length))
            aes.Encrypt(nonce, plaintext, sealedBytes.AsSpan(nonce.Length + tag.Length), tag, Purpose);
        CryptographicOperations.ZeroMemory(plaintext);
        return new EncryptedXmlInfo(
            new XElement(ElementName, new XAttribute("keyId", key.Id), Convert.ToBase64String(sealedBytes)),
            typeof(KeyRingDecryptor));
    }

    public static XElement Decrypt(ProtectionKey key, XElement encryptedElement)
    {
        var keyId = (string?)encryptedElement.Attribute("keyId");
        if (keyId != key.Id)
            throw new CryptographicException(
                $"This key of the ring was encrypted with protection key {keyId}, not with {key.Id} (PressDesk:KeyRing:ProtectionKeyFile).");
        var sealedBytes = Convert.FromBase64String(encryptedElement.Value);
        var nonce = sealedBytes.AsSpan(0, AesGcm.NonceByteSizes.MaxSize);
        var tag = sealedBytes.AsSpan(nonce.Length, AesGcm.TagByteSizes.MaxSize);
        var ciphertext = sealedBytes.AsSpan(nonce.Length + tag.Length);
        var plaintext = new byte[ciphertext.Length];
        using (var aes = new AesGcm(key.Bytes, tag.Length))
            aes.Decrypt(nonce, ciphertext, tag, plaintext, Purpose);
        try
        {
            return XElement.Parse(Encoding.UTF8.GetString(plaintext));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plaintext);
        }
    }
}

// Data Protection creates decryptors by type name from the stored XML, with the service provider.
public sealed class KeyRingDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement) =>
        KeyRingEncryptor.Decrypt(services.GetRequiredService<KeyRingProtection>().Key, encryptedElement);
}
