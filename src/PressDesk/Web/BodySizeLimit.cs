using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace PressDesk.Web;

// A body over the server's limit (Kestrel's MaxRequestBodySize, 30 MB unless configured) is a 413:
// problem details for the API, the error page for a browser, one line in the log. Without this the
// endpoint's read throws, which the exception handler turns into a 500 with a stack trace.
//
// When the size is announced the body is refused before anything reads it, then drained (read and
// thrown away, up to DrainLimit) so the client, still sending, gets the answer instead of a reset
// connection, as nginx's lingering close does. A body sent in chunks only shows its size as it comes:
// the read throws, and the answer is the same, though the client may see the connection cut first.
// After authorization, and drained only for a signed-in client: nobody else makes PressDesk read a body.
public static partial class BodySizeLimit
{
    private const long DrainLimit = 256L * 1000 * 1000;

    public static IApplicationBuilder UseBodySizeLimit(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            // The error page re-executed for the 413 comes through here again, with the same headers.
            if (context.Features.Get<IStatusCodeReExecuteFeature>() is not null)
            {
                await next(context);
                return;
            }
            var limit = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
            if (limit?.MaxRequestBodySize is { } max && context.Request.ContentLength is { } length && length > max)
            {
                await DrainAsync(context, limit, length);
                await RefuseAsync(context, length);
                return;
            }
            try
            {
                await next(context);
            }
            catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge && !context.Response.HasStarted)
            {
                await RefuseAsync(context, length: null);
            }
        });

    public static long Limit(IServiceProvider services) =>
        services.GetRequiredService<IOptions<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>>().Value.Limits.MaxRequestBodySize ?? long.MaxValue;

    // Decimal megabytes, as Kestrel's default of 30,000,000 bytes is "30 MB".
    public static string Megabytes(long bytes) => (bytes / 1_000_000.0).ToString("0.#", System.Globalization.CultureInfo.CurrentCulture);

    private static async Task DrainAsync(HttpContext context, IHttpMaxRequestBodySizeFeature limit, long length)
    {
        if (length > DrainLimit || limit.IsReadOnly || context.User.Identity?.IsAuthenticated != true) return;
        limit.MaxRequestBodySize = null;   // only to throw it away; no endpoint sees this body
        try
        {
            await context.Request.Body.CopyToAsync(Stream.Null, context.RequestAborted);
        }
        catch (Exception e) when (e is IOException or OperationCanceledException)
        {
            // The client gave up, or sent too slowly (Kestrel's minimum data rate): nobody waits for the answer.
        }
    }

    // The token of a push action or a calendar feed is the permission itself: it is not logged.
    internal static string PathWithoutToken(PathString path)
    {
        foreach (var prefix in (string[])["/push/actions/", "/calendar/"])
            if (path.Value?.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) == true) return prefix + "…";
        return path.Value ?? "";
    }

    private static async Task RefuseAsync(HttpContext context, long? length)
    {
        var max = Limit(context.RequestServices);
        var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(BodySizeLimit).FullName!);
        if (logger.IsEnabled(LogLevel.Information))
            logger.Refused(context.Request.Method, PathWithoutToken(context.Request.Path), length?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "chunked", Megabytes(max));
        context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        if (ErrorPages.WantsPage(context)) return;   // the status code pages show the error page, in the reader's language
        var L = context.RequestServices.GetRequiredService<IStringLocalizerFactory>().Create(typeof(BodySizeLimit));
        await Results.Problem(
            statusCode: StatusCodes.Status413PayloadTooLarge,
            title: L["The request body is too large."],
            detail: L["PressDesk accepts at most {0} MB in one request.", Megabytes(max)]).ExecuteAsync(context);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused {Method} {Path}: the body ({Length} bytes) is over the {Limit} MB limit")]
    private static partial void Refused(this ILogger logger, string method, string path, string length, string limit);
}
