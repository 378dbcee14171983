using Microsoft.Extensions.Options;
using PressDesk.Alerts;
using PressDesk.Data;
using Polly;

namespace PressDesk.Push;

public static class PushExtensions
{
    public static WebApplicationBuilder AddPush(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<PushOptions>()
            .BindConfiguration(PushOptions.Section)
            .Validate(o => !o.Enabled || string.IsNullOrEmpty(o.Subject) || PushOptions.IsValidSubject(o.Subject),
                "PressDesk:Push:Subject must be a mailto: address (such as mailto:press@example.org) or an https URL; leave it empty to use the owner's email.")
            .Validate(o => o.AllowedHosts.All(h => h.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || (!string.IsNullOrWhiteSpace(h) && !h.Contains('/', StringComparison.Ordinal))),
                "PressDesk:Push:AllowedEndpointHosts lists host names (such as fcm.googleapis.com or *.notify.windows.com), or http://host for a local push service.")
            .ValidateOnStart();

        builder.Services.AddSingleton(sp => VapidKeys.LoadOrCreate(
            Path.GetFullPath(sp.GetRequiredService<IOptions<DataOptions>>().Value.DataDirectory)));
        builder.Services.AddSingleton<PushSubscriptions>();
        builder.Services.AddSingleton<PushDeliveries>();
        builder.Services.AddSingleton<PushFanOut>();
        builder.Services.AddSingleton<PushPayload>();
        // As for the webhook (AlertsExtensions): the outbox is the one layer that retries; the handler only bounds an attempt.
        // No HttpClient logging: every endpoint URL is a capability to push to that device (the token is in the path).
        builder.Services.AddHttpClient<PushSender>()
            .RemoveAllLoggers()
            .AddResilienceHandler("push", pipeline => pipeline.AddTimeout(PushSender.AttemptTimeout));
        builder.Services.AddSingleton<IAlertChannel, PushChannel>();
        builder.Services.AddSingleton<PushOutbox>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<PushOutbox>());
        return builder;
    }
}
