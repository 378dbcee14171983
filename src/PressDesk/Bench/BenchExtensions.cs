using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace PressDesk.Bench;

public static class BenchExtensions
{
    public const string BaselinePage = "/Bench/Baseline";

    public static WebApplicationBuilder AddBench(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<BenchOptions>().BindConfiguration(BenchOptions.Section);
        // Read when Razor Pages builds its routes (after the host's configuration is complete, tests'
        // settings included). Switched off, the page has no route at all: a plain 404 for everyone.
        builder.Services.AddOptions<RazorPagesOptions>().Configure<IOptions<BenchOptions>>((pages, bench) =>
        {
            if (!bench.Value.Enabled)
                pages.Conventions.AddPageRouteModelConvention(BaselinePage, model => model.Selectors.Clear());
        });
        return builder;
    }
}
