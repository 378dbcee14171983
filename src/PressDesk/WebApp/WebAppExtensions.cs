using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace PressDesk.WebApp;

public static class WebAppExtensions
{
    public static WebApplicationBuilder AddWebApp(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<AppManifest>();
        return builder;
    }

    public static IEndpointRouteBuilder MapWebApp(this IEndpointRouteBuilder app)
    {
        // Anonymous on purpose: browsers fetch the manifest without cookies (and before sign-in, to
        // offer the install), as they do the service worker, its icons and the offline page.
        app.MapGet(AppManifest.Path, (AppManifest manifest, HttpContext http) =>
        {
            var language = http.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture ?? CultureInfo.CurrentUICulture;
            http.Response.Headers.Vary = "Accept-Language, Cookie";
            return TypedResults.Json(manifest.Write(language), AppManifest.Json, AppManifest.ContentType);
        }).AllowAnonymous().ExcludeFromDescription();
        return app;
    }
}
