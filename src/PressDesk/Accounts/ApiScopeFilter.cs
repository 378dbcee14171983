using Microsoft.Extensions.Localization;

namespace PressDesk.Accounts;

public static class ApiScopeFilter
{
    // An API endpoint that needs one of these scopes; a key without any of them gets 403 problem
    // details that name the scope, and the RFC 6750 challenge that says the same to a client library.
    public static TBuilder RequireScope<TBuilder>(this TBuilder builder, string scope, params string[] orAnyOf)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var user = context.HttpContext.User;
            if (user.HasClaim(ApiScopes.ClaimType, scope) || orAnyOf.Any(s => user.HasClaim(ApiScopes.ClaimType, s)))
                return await next(context);
            context.HttpContext.Response.Headers.WWWAuthenticate = $"Bearer error=\"insufficient_scope\", scope=\"{scope}\"";
            var localizer = context.HttpContext.RequestServices.GetRequiredService<IStringLocalizerFactory>().Create(typeof(ApiScopeFilter));
            return Results.Problem(
                statusCode: StatusCodes.Status403Forbidden,
                title: localizer["This API key lacks the scope {0}.", scope],
                detail: localizer["A key's scopes are chosen when the owner creates it under Team › API keys. Use a key with the scope {0}.", scope],
                extensions: new Dictionary<string, object?> { ["scope"] = scope });
        });
}
