using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace PressDesk.KeyRing;

public static class KeyRingExtensions
{
    // The keys that seal statements and protect cookies and antiforgery tokens live beside the
    // database, so a restart keeps everyone signed in, encrypted with a key kept elsewhere.
    // Configured late because the folders come from options.
    public static WebApplicationBuilder AddKeyRing(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<KeyRingOptions>().BindConfiguration(KeyRingOptions.Section);
        builder.Services.AddSingleton<KeyRingProtection>();
        builder.Services.AddDataProtection().SetApplicationName("PressDesk");
        builder.Services.AddOptions<KeyManagementOptions>()
            .Configure<KeyRingProtection, ILoggerFactory>((keys, protection, logs) =>
            {
                keys.XmlEncryptor = new KeyRingEncryptor(protection.Key);
                keys.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(protection.KeysFolder), logs);
            });
        return builder;
    }

    // Checks the protection key at start, before anything unseals a setting, so a missing or
    // wrong key stops the app with its message rather than at the first page.
    public static void ProtectKeyRing(this WebApplication app) => _ = app.Services.GetRequiredService<KeyRingProtection>().Key;
}
