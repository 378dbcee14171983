namespace PressDesk.KeyRing;

public sealed class KeyRingOptions
{
    public const string Section = "PressDesk:KeyRing";

    // The key that encrypts the key ring in <DataDirectory>/keys. Kept out of the data folder, so
    // a copy of that folder (a backup, a disk image) cannot read what the ring protects.
    public string? ProtectionKeyFile { get; set; }

    // The protection key is lost: start anyway with a new one. What the old ring sealed stays
    // unreadable; sign-in still works.
    public bool ReplaceLostProtectionKey { get; set; }

    // By default beside the user's other settings (~/.config/PressDesk on Linux, created if missing), never in the data folder.
    public string ProtectionKeyPath()
    {
        if (!string.IsNullOrWhiteSpace(ProtectionKeyFile)) return Path.GetFullPath(ProtectionKeyFile);
        var settings = Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData, Environment.SpecialFolderOption.DoNotVerify);
        if (string.IsNullOrEmpty(settings))
            throw new InvalidOperationException(
                "PressDesk:KeyRing:ProtectionKeyFile is not set and this user has no settings folder to keep it in by default: set it to a file outside PressDesk:DataDirectory.");
        return Path.Combine(settings, "PressDesk", "keyring-protection.key");
    }
}
