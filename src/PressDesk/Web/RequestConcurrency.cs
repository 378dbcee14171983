using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace PressDesk.Web;

// Serves a few requests at a time and queues the rest, oldest first. Under a burst this keeps
// the thread pool small and free (the alert worker's timer needs a spare thread), memory flat,
// and the wait fair: each request waits its turn instead of every request slowing down
// together. Long-lived streams (/events) and the health check opt out. Only a signed-in client
// can hold a place for long: Kestrel reads the headers before the line, and a body is read only
// by an endpoint, after authentication.
public static class RequestConcurrency
{
    private const string Everyone = "";

    public static WebApplicationBuilder AddRequestConcurrency(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ConcurrencyOptions>()
            .BindConfiguration(ConcurrencyOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddRateLimiter(_ => { });
        builder.Services.AddOptions<RateLimiterOptions>().Configure<IOptions<ConcurrencyOptions>>((limiter, concurrency) =>
        {
            var settings = concurrency.Value;
            limiter.RejectionStatusCode = StatusCodes.Status503ServiceUnavailable;
            limiter.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "1";
                return ValueTask.CompletedTask;
            };
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(_ =>
                RateLimitPartition.GetConcurrencyLimiter(Everyone, _ => new ConcurrencyLimiterOptions
                {
                    PermitLimit = settings.EffectiveRequests,
                    QueueLimit = settings.Queue,
                    QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                }));
        });
        return builder;
    }
}
