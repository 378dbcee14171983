using Microsoft.AspNetCore.Localization;

namespace PressDesk.Localization;

// The signed-in account's own language, read with its session on every request (so a change on the
// settings page applies at once, on every device and every node). Before it is set, the browser decides.
public sealed class AccountLanguage : RequestCultureProvider
{
    private static readonly object Key = new();

    public static void Remember(HttpContext http, string? language) => http.Items[Key] = language;

    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext) =>
        Task.FromResult(httpContext.Items[Key] is string code && Languages.Find(code) is { } culture
            ? new ProviderCultureResult(culture.Name)
            : null);
}

// Accept-Language read by language, not by exact culture: "fr-CA, en;q=0.8" is French, "en-US" English,
// the first of the two the browser ranks highest wins; a browser that asks for neither gets the default.
public sealed class BrowserLanguage : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        var wanted = httpContext.Request.GetTypedHeaders().AcceptLanguage
            .Where(l => l.Quality is null or > 0)
            .OrderByDescending(l => l.Quality ?? 1)   // stable: equal qualities keep the browser's order
            .Select(l => Languages.Find(l.Value.Value))
            .FirstOrDefault(c => c is not null);
        return Task.FromResult(wanted is null ? null : new ProviderCultureResult(wanted.Name));
    }
}
