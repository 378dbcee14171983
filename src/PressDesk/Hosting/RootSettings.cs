using Microsoft.Extensions.Configuration.Json;

namespace PressDesk.Hosting;

public static class RootSettings
{
    // The repository-root appsettings.json is linked into the build output (see PressDesk.csproj).
    // It goes right after the framework's own JSON files and before environment variables and
    // the command line, so those (and test settings, added later) still override it.
    public static WebApplicationBuilder AddRootAppSettings(this WebApplicationBuilder builder)
    {
        var sources = builder.Configuration.Sources;
        var lastJson = sources.ToList().FindLastIndex(source => source is JsonConfigurationSource);
        var rootFile = new JsonConfigurationSource
        {
            Path = Path.Combine(AppContext.BaseDirectory, "appsettings.json"),
            Optional = true,
            // Read at start only: settings are validated at start (ValidateOnStart), and a watcher
            // here would outlive the host (this source owns no provider to dispose it with).
            ReloadOnChange = false,
        };
        rootFile.ResolveFileProvider();
        // ConfigurationManager reloads on insert, so later reads in Program.cs see the file.
        sources.Insert(lastJson + 1, rootFile);
        return builder;
    }
}
