namespace PressDesk.Settings;

// Which managed keys another configuration source sets (appsettings.json, an environment
// variable, the command line): those win over the Settings page, which shows them read-only.
public sealed class SettingsPrecedence(IConfiguration configuration, SettingsConfigurationProvider own)
{
    public bool IsSetByServer(string key) =>
        configuration is IConfigurationRoot root
        && root.Providers.Any(p => !ReferenceEquals(p, own) && p.TryGet(key, out var value) && !string.IsNullOrEmpty(value));
}
