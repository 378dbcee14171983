namespace PressDesk.Prep;

public static class PrepExtensions
{
    public static WebApplicationBuilder AddPrep(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<PrepOptions>()
            .BindConfiguration(PrepOptions.Section)
            .Validate(o => o.TargetMin > TimeSpan.Zero, "PressDesk:Prep:TargetMin must be a positive time span, such as 00:10:00.")
            .Validate(o => o.TargetMax >= o.TargetMin, "PressDesk:Prep:TargetMax must be at least PressDesk:Prep:TargetMin, such as 00:15:00.")
            .ValidateOnStart();

        builder.Services.AddSingleton(ShippedWords.Load());
        builder.Services.AddSingleton<PhrasingChecker>();
        builder.Services.AddSingleton<PrepValidator>();
        builder.Services.AddSingleton<FocusAreaValidator>();
        builder.Services.AddSingleton<WordListValidator>();
        builder.Services.AddSingleton<PrepStore>();
        builder.Services.AddSingleton<SavePrep>();
        builder.Services.AddSingleton<PrepWordStore>();
        builder.Services.AddSingleton<FocusStore>();
        builder.Services.AddSingleton<LibraryStore>();
        return builder;
    }
}
