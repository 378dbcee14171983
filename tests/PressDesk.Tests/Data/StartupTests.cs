using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.EnvironmentVariables;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PressDesk.Requests;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Data;

public class StartupTests
{
    [Fact]
    public async Task Requests_survive_a_restart_of_the_app()
    {
        var app = new PressDeskApp();
        try
        {
            var created = await app.CreateApiClient().PostJsonAsync("/api/requests", ApiClient.Claire(DateTimeOffset.UtcNow.AddMinutes(-3)));
            var id = (long)(await created.JsonAsync())["id"]!;

            app = await app.RestartAsync();
            var fetched = await app.CreateApiClient().GetAsync($"/api/requests/{id}");

            Assert.Equal(HttpStatusCode.OK, fetched.StatusCode);
            Assert.Equal("Claire Martin", (string?)(await fetched.JsonAsync())["journalist"]!["name"]);
        }
        finally
        {
            await app.DisposeAsync();
        }
    }

    [Fact]
    public async Task Migrations_run_once_at_start_and_leave_the_database_in_wal_mode()
    {
        var app = new PressDeskApp();
        try
        {
            app.CreateClient();
            app = await app.RestartAsync();
            app.CreateClient();

            Assert.Equal("wal", await app.Database.ScalarAsync<string>("PRAGMA journal_mode"));
            Assert.Equal(PressDesk.Data.Migrator.Scripts().Select(s => s.Version),
                await app.Database.QueryAsync<long>("SELECT version FROM schema_migrations ORDER BY version"));
        }
        finally
        {
            await app.DisposeAsync();
        }
    }

    [Fact]
    public void A_data_directory_that_cannot_be_written_stops_the_start_with_a_message_naming_it()
    {
        var directory = PressDeskApp.NewDataDirectory();
        var blocker = Path.Combine(directory, "not-a-folder");
        File.WriteAllText(blocker, "a file where the data folder should be");
        var wanted = Path.Combine(blocker, "data");
        try
        {
            using var app = new PressDeskApp(wanted);
            var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

            var message = Flatten(error);
            Assert.Contains("PressDesk:DataDirectory", message);
            Assert.Contains(wanted, message);
        }
        finally
        {
            PressDeskApp.DeleteQuietly(directory);
        }
    }

    [Theory]
    [InlineData("00:30:00", "00:30:00", "WarnAfter must be shorter")]
    [InlineData("00:00:00", "00:15:00", "Target must be a positive")]
    [InlineData("00:30:00", "-00:05:00", "WarnAfter must be a positive")]
    public void Wrong_response_time_settings_stop_the_start_naming_the_key(string target, string warnAfter, string message)
    {
        using var app = new PressDeskApp(settings: new Dictionary<string, string?>
        {
            ["PressDesk:ResponseTime:Target"] = target,
            ["PressDesk:ResponseTime:WarnAfter"] = warnAfter,
        });

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains($"PressDesk:ResponseTime:{message}", Flatten(error));
    }

    [Fact]
    public void An_unknown_time_zone_stops_the_start_naming_the_key()
    {
        using var app = new PressDeskApp(settings: new Dictionary<string, string?> { ["PressDesk:TimeZone"] = "Mars/Olympus" });

        Assert.Contains("PressDesk:TimeZone", Flatten(Assert.ThrowsAny<Exception>(() => app.CreateClient())));
    }

    [Fact]
    public void The_root_appsettings_file_is_read_before_environment_variables_and_test_settings()
    {
        using var app = new PressDeskApp(settings: new Dictionary<string, string?> { ["PressDesk:ResponseTime:Target"] = "01:00:00" });
        app.CreateClient();
        var configuration = (IConfigurationRoot)app.Services.GetRequiredService<IConfiguration>();

        var root = configuration.Providers.ToList().FindIndex(p =>
            p is JsonConfigurationProvider json && json.Source.Path == "appsettings.json"
            && json.Source.FileProvider is Microsoft.Extensions.FileProviders.PhysicalFileProvider physical
            && Path.GetFullPath(physical.Root) == Path.GetFullPath(AppContext.BaseDirectory));
        var environment = configuration.Providers.ToList().FindLastIndex(p => p is EnvironmentVariablesConfigurationProvider);

        Assert.True(root >= 0, "the repository-root appsettings.json is not among the configuration sources");
        Assert.True(root < environment, "environment variables must override the root appsettings.json");
        Assert.Equal("Information", configuration["Logging:LogLevel:Default"]);   // from the root file
        Assert.Equal(TimeSpan.FromHours(1), app.Services.GetRequiredService<IOptions<ResponseTimeOptions>>().Value.Target);   // test setting wins
    }

    internal static string Flatten(Exception error)
    {
        var messages = new List<string>();
        for (Exception? e = error; e is not null; e = e.InnerException)
        {
            messages.Add(e.Message);
            if (e is AggregateException aggregate) messages.AddRange(aggregate.InnerExceptions.Select(Flatten));
        }
        return string.Join(" | ", messages);
    }
}
