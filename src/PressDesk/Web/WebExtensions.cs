using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace PressDesk.Web;

public static class WebExtensions
{
    public static WebApplicationBuilder AddPressDeskWeb(this WebApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddLocalization();
        builder.Services.AddRazorPages().AddViewLocalization();
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
        return builder;
    }

    public static WebApplication UsePressDeskWeb(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment()) app.UseExceptionHandler("/Error");
        // API errors without a body of their own (404 for an unknown route, 405...) still get problem details.
        app.UseStatusCodePages();
        app.UseStaticFiles();
        app.UseRouting();
        app.MapRazorPages();
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapHealthChecks("/healthz", new HealthCheckOptions { ResponseWriter = WriteHealthAsync });
        return app;
    }

    private static Task WriteHealthAsync(HttpContext http, HealthReport report) =>
        http.Response.WriteAsJsonAsync(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), e.Value.Description }),
        }, JsonSerializerOptions.Web);
}
