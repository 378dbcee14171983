using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Polly;

namespace PressDesk.Alerts;

public static class AlertsExtensions
{
    public static WebApplicationBuilder AddAlerts(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<AlertOptions>()
            .BindConfiguration(AlertOptions.Section)
            .Validate(o => o.Webhook.Url is null || (o.Webhook.Url.IsAbsoluteUri && o.Webhook.Url.Scheme is "http" or "https"),
                "PressDesk:Alerts:Webhook:Url must be an absolute http or https address.")
            .Validate(o => !o.Email.Enabled || (!string.IsNullOrWhiteSpace(o.Email.From) && o.Email.Recipients.Count > 0),
                "PressDesk:Alerts:Email:From and PressDesk:Alerts:Email:To are required when PressDesk:Alerts:Email:Host is set.")
            .Validate(o => !o.Email.Enabled || (MimeKit.MailboxAddress.TryParse(o.Email.From, out _)
                    && o.Email.Recipients.All(r => MimeKit.MailboxAddress.TryParse(r, out _))),
                "PressDesk:Alerts:Email:From and PressDesk:Alerts:Email:To must be email addresses (To: comma-separated).")
            .Validate(o => o.QuietHours.Start.HasValue == o.QuietHours.End.HasValue,
                "PressDesk:Alerts:QuietHours needs both Start and End (such as 22:00 and 07:00), or neither.")
            .Validate(o => o.RetryDelay > TimeSpan.Zero && o.MaxRetryDelay >= o.RetryDelay,
                "PressDesk:Alerts:RetryDelay must be positive and at most PressDesk:Alerts:MaxRetryDelay.")
            .ValidateOnStart();

        builder.Services.AddSingleton<AlertStore>();
        builder.Services.AddSingleton<AlertText>();
        builder.Services.AddSingleton<AlertBanners>();
        builder.Services.AddSingleton<LiveEvents>();
        // The outbox is the one layer that retries a webhook: its retries are stored, shown on the
        // alerts page, survive a restart and back off on one schedule (RetryDelay to MaxRetryDelay).
        // Retries inside the call as well would multiply the load on a struggling receiver and hide
        // attempts from the page. The handler only bounds each attempt, on the app's clock.
        // No HttpClient logging: a Slack or Teams webhook URL carries its secret in the path.
        builder.Services.AddHttpClient<WebhookChannel>()
            .RemoveAllLoggers()
            .AddResilienceHandler("webhook", pipeline => pipeline.AddTimeout(WebhookChannel.AttemptTimeout));
        builder.Services.AddSingleton<IAlertChannel>(services => services.GetRequiredService<WebhookChannel>());
        builder.Services.AddSingleton<IAlertChannel, EmailChannel>();

        builder.Services.AddSingleton<AlertOutbox>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<AlertOutbox>());
        builder.Services.AddSingleton<AlertWorker>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<AlertWorker>());
        return builder;
    }

    public static IEndpointRouteBuilder MapLiveEvents(this IEndpointRouteBuilder app)
    {
        // Open dashboards listen here (signed-in users only, like every page).
        app.MapGet("/events", (LiveEvents live, IHostApplicationLifetime lifetime, HttpContext http) =>
        {
            // Ends the stream when the app stops, so shutdown does not wait for open tabs.
            var ct = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, lifetime.ApplicationStopping).Token;
            // The stream keeps the language of the request that opened it (account, else browser, else
            // PressDesk:Culture): each tab reads alerts in its own language, whatever thread writes them.
            var language = http.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture ?? CultureInfo.CurrentUICulture;
            return TypedResults.ServerSentEvents(live.SubscribeAsync(language, ct));
        }).ExcludeFromDescription()
          .DisableRateLimiting();   // open for as long as the tab: it must not hold a place in the line
        return app;
    }
}
