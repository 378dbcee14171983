using Dapper;
using Microsoft.Extensions.Options;
using PressDesk.Data;
using PressDesk.Hosting;
using PressDesk.Localization;

namespace PressDesk.Calendar;

// GET /calendar/<token>.ics: what a calendar app subscribes to. It sends no cookie, so the token
// is the only key; anything but a live token gets the same bare 404.
public static class CalendarFeedEndpoint
{
    public const string ContentType = "text/calendar; charset=utf-8";

    public static IEndpointConventionBuilder MapCalendarFeed(this WebApplication app) =>
        app.MapGet("/calendar/{token}.ics", ServeAsync).AllowAnonymous().ExcludeFromDescription();

    private static async Task<IResult> ServeAsync(
        string token, HttpContext http, FeedTokens tokens, FeedSnapshot snapshots, FeedWriter writer,
        Database database, IOptions<CultureOptions> cultures, IConfiguration configuration, IOptions<SiteOptions> site,
        CancellationToken ct)
    {
        if (await tokens.FindAsync(token, ct) is not { } feed) return Results.NotFound();
        var events = await snapshots.TakeAsync(feed, ct);
        await using var connection = await database.OpenAsync(ct);
        var language = await connection.ExecuteScalarAsync<string?>("SELECT language FROM users WHERE id = @UserId", new { feed.UserId });
        using var scope = Languages.Use(Languages.Find(language) ?? cultures.Value.Default);
        var text = writer.Write(feed, events, LinkBase(http, configuration, site.Value));
        // The feed is one person's: no shared cache may keep it, and no search engine list it.
        http.Response.Headers.CacheControl = "private, no-cache";
        http.Response.Headers["X-Robots-Tag"] = "noindex";
        return Results.Text(text, ContentType);
    }

    // PressDesk:PublicUrl when the operator set one (behind a proxy, the address people use),
    // else the address this request came to.
    public static Uri LinkBase(HttpContext http, IConfiguration configuration, SiteOptions site) =>
        string.IsNullOrWhiteSpace(configuration["PressDesk:PublicUrl"])
            ? new Uri($"{http.Request.Scheme}://{http.Request.Host}/")
            : site.PublicUrl;
}
