using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.FileProviders;
using PressDesk.Accounts;
using PressDesk.Localization;

namespace PressDesk.Web;

public static class WebExtensions
{
    public static WebApplicationBuilder AddPressDeskWeb(this WebApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddRazorPages(options =>
            {
                // Pages live beside the code of their feature (Requests/Details.cshtml); every page
                // declares its route with @page, so folders do not make URLs.
                options.RootDirectory = "/";
                options.Conventions.AuthorizeFolder("/Accounts/Team", AccountsExtensions.OwnerPolicy);
                options.Conventions.AllowAnonymousToPage("/Accounts/SignIn");
                options.Conventions.AllowAnonymousToPage("/Accounts/Setup");
            })
            .AddViewLocalization();
        builder.AddRequestConcurrency();
        builder.Services.AddProblemDetails();
        // A key sent twice is refused rather than letting the last one win: a sender (or a proxy
        // between) that repeats "topic" means something the other copy does not say.
        builder.Services.ConfigureHttpJsonOptions(options => options.SerializerOptions.AllowDuplicateProperties = false);
        builder.Services.AddOpenApi();
        builder.Services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            options.IncludeSubDomains = true;
        });
        // Behind a reverse proxy that terminates HTTPS, trust its X-Forwarded-Proto/-For
        // (from loopback by default) so cookies are Secure and throttling sees the real client.
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto);
        return builder;
    }

    public static WebApplication UsePressDeskWeb(this WebApplication app)
    {
        if (app.Configuration.GetValue<bool>("PressDesk:BehindProxy")) app.UseForwardedHeaders();
        app.UseSecurityHeaders();
        if (!app.Environment.IsDevelopment()) app.UseHsts();   // only on HTTPS responses, and never for localhost
        app.UseErrorPages();
        app.UseStaticFiles();   // before authentication: CSS and scripts are public
        app.UseRouting();
        app.UseRateLimiter();   // after routing, so endpoints can opt out; before the session lookup
        app.UseAuthentication();
        app.UsePressDeskLocalization();   // after authentication: the account's language comes with its session
        app.UseAuthorization();
        app.UseBodySizeLimit();   // after authorization: a 413 in the reader's language, for signed-in callers only
        app.MapRazorPages();
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapHealthChecks("/healthz", new HealthCheckOptions { ResponseWriter = WriteHealthAsync })
            .AllowAnonymous().DisableRateLimiting();   // answers a monitor at once, even under a burst
        // The host never disposes the web root's file provider, so the file watcher that asp-append-version
        // starts on the first page would outlive the app: one inotify instance lost per app started in a process.
        app.Lifetime.ApplicationStopped.Register(() => DisposeFileProvider(app.Environment.WebRootFileProvider));
        return app;
    }

    private static void DisposeFileProvider(IFileProvider provider)
    {
        if (provider is CompositeFileProvider composite)
            foreach (var inner in composite.FileProviders) DisposeFileProvider(inner);
        else
            (provider as IDisposable)?.Dispose();
    }

    private static Task WriteHealthAsync(HttpContext http, HealthReport report) =>
        http.Response.WriteAsJsonAsync(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), e.Value.Description }),
        }, JsonSerializerOptions.Web);
}
