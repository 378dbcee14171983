namespace PressDesk.Callbacks;

public static class CallbacksExtensions
{
    public static WebApplicationBuilder AddCallbacks(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<CallbackOptions>()
            .BindConfiguration(CallbackOptions.Section)
            .Validate(o => CallbackOptions.IsValid(o.RemindBefore),
                "PressDesk:Callbacks:RemindBefore must be a positive time span of at most a day, such as 00:05:00.")
            .ValidateOnStart();
        builder.Services.AddSingleton<CallbackQueries>();
        builder.Services.AddSingleton<ScheduleCallback>();
        builder.Services.AddSingleton<CallbackPushes>();
        builder.Services.AddSingleton<CallbackReminders>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<CallbackReminders>());
        return builder;
    }
}
