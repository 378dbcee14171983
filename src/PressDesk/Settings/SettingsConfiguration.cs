namespace PressDesk.Settings;

// The settings table as a configuration source. It is the FIRST source, so appsettings.json,
// environment variables and the command line (all added after it) win over the Settings page.
// The host builds the source more than once; it always hands out the one provider, which keeps
// the values it was given (the database is not open yet when configuration is first built).
public sealed class SettingsConfigurationSource(SettingsConfigurationProvider provider) : IConfigurationSource
{
    public IConfigurationProvider Build(IConfigurationBuilder builder) => provider;
}

public sealed class SettingsConfigurationProvider : ConfigurationProvider
{
    // Nothing to read here: SettingsStore hands the rows over once migrations ran and after each save.
    public override void Load() { }

    // Replaces every value and tells IOptionsMonitor listeners (the alert worker, the intake workers).
    public void Apply(IReadOnlyDictionary<string, string> values)
    {
        Data = new Dictionary<string, string?>(values.Select(v => KeyValuePair.Create(v.Key, (string?)v.Value)), StringComparer.OrdinalIgnoreCase);
        OnReload();
    }
}
