using PressDesk.Push;

namespace PressDesk.Routing;

public static class EscalationExtensions
{
    // The escalation worker and the push notification actions ("I'm on it", "Away 1 h") that stop it.
    public static WebApplicationBuilder AddEscalation(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<EscalationOptions>()
            .BindConfiguration(EscalationOptions.Section)
            .Validate(o => o.AcknowledgeWithin > TimeSpan.Zero,
                "PressDesk:Escalation:AcknowledgeWithin must be a positive time span, such as 00:05:00.")
            .ValidateOnStart();

        builder.Services.AddSingleton<EscalationStore>();
        builder.Services.AddSingleton<PushActionToken>();
        builder.Services.AddSingleton<EscalationWorker>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<EscalationWorker>());
        return builder;
    }
}
