namespace PressDesk.Settings;

public static class SettingsExtensions
{
    // Call first: the settings table becomes the lowest configuration source, so every source the
    // host already has or adds later (appsettings.json, environment, command line) wins over it.
    public static WebApplicationBuilder AddSettings(this WebApplicationBuilder builder)
    {
        var provider = new SettingsConfigurationProvider();
        builder.Configuration.Sources.Insert(0, new SettingsConfigurationSource(provider));
        builder.Services.AddSingleton(provider);
        builder.Services.AddSingleton<SettingsStore>();
        builder.Services.AddSingleton<SettingsPrecedence>();
        builder.Services.AddSingleton<SettingsValidator>();
        builder.Services.AddSingleton<ConnectionTest>();
        return builder;
    }

    // After the migrations and before the host starts, so the options validated at start
    // (ValidateOnStart) and every worker see the stored settings from the first moment.
    public static async Task LoadSettingsAsync(this WebApplication app) =>
        await app.Services.GetRequiredService<SettingsStore>().ReloadAsync();
}
