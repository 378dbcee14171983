using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using PressDesk.Web;

namespace PressDesk.Push;

// The public surface push.js talks to (README "Push notifications"): signed-in, by the session
// cookie; the writes carry the page's antiforgery token in the RequestVerificationToken header.
public static class PushApi
{
    public static IEndpointRouteBuilder MapPush(this IEndpointRouteBuilder app)
    {
        // The key pair exists from the first start, before any page offers to subscribe.
        app.ServiceProvider.GetRequiredService<VapidKeys>();
        if (!app.ServiceProvider.GetRequiredService<IOptions<PushOptions>>().Value.Enabled) return app;

        // push.js calls these with fetch: a 401 it can read, not a redirect to the sign-in page.
        var push = app.MapGroup("/push").ExcludeFromDescription().DisableCookieRedirect();
        push.MapGet("/public-key", (VapidKeys keys) => Results.Text(keys.PublicKey, "text/plain"));
        push.MapPost("/subscriptions", SubscribeAsync);
        push.MapDelete("/subscriptions", UnsubscribeAsync);
        return app;
    }

    private static async Task<IResult> SubscribeAsync(
        HttpContext http, PushSubscriptions subscriptions, IOptionsMonitor<PushOptions> options, IStringLocalizer<PushSubscriptions> L)
    {
        if (await AntiforgeryProblemAsync(http, L) is { } refused) return refused;
        var (body, problem) = await JsonBody.ReadAsync<PushSubscriptionBody>(http.Request);
        if (problem is not null) return problem;

        var (subscription, errors) = BrowserSubscription.Validate(body!, options.CurrentValue, L);
        if (subscription is null) return Results.ValidationProblem(errors, title: L["This is not a push subscription PressDesk can use."]);

        await subscriptions.SaveAsync(UserId(http), subscription, DeviceName.FromUserAgent(http.Request.Headers.UserAgent), http.RequestAborted);
        return Results.Created((string?)null, null);
    }

    private static async Task<IResult> UnsubscribeAsync(
        HttpContext http, string? endpoint, PushSubscriptions subscriptions, IStringLocalizer<PushSubscriptions> L)
    {
        if (await AntiforgeryProblemAsync(http, L) is { } refused) return refused;
        if (string.IsNullOrEmpty(endpoint))
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["endpoint"] = [L["Say which subscription: ?endpoint=…"]] });
        return await subscriptions.RemoveAsync(UserId(http), endpoint, http.RequestAborted)
            ? Results.NoContent()
            : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: L["You have no device with this endpoint."]);
    }

    // A page of another site cannot subscribe a signed-in user's browser to anything.
    private static async Task<IResult?> AntiforgeryProblemAsync(HttpContext http, IStringLocalizer L)
    {
        try
        {
            await http.RequestServices.GetRequiredService<IAntiforgery>().ValidateRequestAsync(http);
            return null;
        }
        catch (AntiforgeryValidationException)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest,
                title: L["The antiforgery token is missing or wrong."],
                detail: L["Send the page's token in the RequestVerificationToken header."]);
        }
    }

    private static long UserId(HttpContext http) =>
        long.Parse(http.User.FindFirstValue(ClaimTypes.NameIdentifier)!, CultureInfo.InvariantCulture);
}
