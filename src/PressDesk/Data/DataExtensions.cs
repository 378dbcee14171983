using Microsoft.Extensions.Options;

namespace PressDesk.Data;

public static class DataExtensions
{
    public static WebApplicationBuilder AddPressDeskData(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<DataOptions>()
            .BindConfiguration(DataOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        builder.Services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<DataOptions>>().Value;
            DataDirectory.EnsureWritable(options.DataDirectory);
            return new Database(options.DatabasePath);
        });
        builder.Services.AddSingleton<Migrator>();
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return builder;
    }

    // Runs before Kestrel starts listening, so no request ever sees an old schema.
    public static async Task MigrateDatabaseAsync(this WebApplication app)
    {
        await app.Services.GetRequiredService<Migrator>().ApplyAsync();
    }
}
