namespace PressDesk.Journalists;

public static class JournalistsExtensions
{
    public static WebApplicationBuilder AddJournalists(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<PitchingOptions>()
            .BindConfiguration(PitchingOptions.Section)
            .Validate(o => o.Cooldown > TimeSpan.Zero, "PressDesk:Pitching:Cooldown must be a positive time span, such as 30.00:00:00 (30 days).")
            .ValidateOnStart();

        builder.Services.AddSingleton<JournalistStore>();
        builder.Services.AddSingleton<JournalistValidator>();
        builder.Services.AddSingleton<OutletStore>();
        builder.Services.AddSingleton<OutletValidator>();
        builder.Services.AddSingleton<PitchStore>();
        builder.Services.AddSingleton<PitchValidator>();
        builder.Services.AddSingleton<RelationshipStore>();
        builder.Services.AddSingleton<JournalistMerge>();
        builder.Services.AddSingleton<PersonalData>();
        builder.Services.AddSingleton<ErasureCleanup>();
        builder.Services.AddSingleton<ErasureWorker>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<ErasureWorker>());
        builder.Services.AddSingleton<JournalistImport>();
        builder.Services.AddSingleton<ImportToken>();
        return builder;
    }
}
