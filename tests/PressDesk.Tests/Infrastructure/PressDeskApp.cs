using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace PressDesk.Tests.Infrastructure;

// PressDesk in-process on a temp-folder SQLite database. Pass the same folder to a second
// instance to simulate a restart; pass a FakeTimeProvider to control the clock.
public sealed class PressDeskApp : WebApplicationFactory<Program>
{
    public static readonly DateTimeOffset DefaultStart = new(2026, 11, 28, 14, 5, 0, TimeSpan.Zero);

    private readonly bool _ownsDirectory;
    private readonly Dictionary<string, string?> _settings;

    public PressDeskApp(
        string? dataDirectory = null,
        FakeTimeProvider? time = null,
        IDictionary<string, string?>? settings = null)
    {
        _ownsDirectory = dataDirectory is null;
        DataDirectory = dataDirectory ?? NewDataDirectory();
        Time = time;
        _settings = new Dictionary<string, string?>
        {
            ["PressDesk:DataDirectory"] = DataDirectory,
            ["PressDesk:TimeZone"] = "UTC",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) _settings[key] = value;
    }

    public string DataDirectory { get; }

    public FakeTimeProvider? Time { get; }

    public string DatabasePath => Path.Combine(DataDirectory, "pressdesk.db");

    public static string NewDataDirectory() =>
        Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "pressdesk-tests", Guid.NewGuid().ToString("N"))).FullName;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(_settings));
        builder.ConfigureTestServices(services =>
        {
            if (Time is not null) services.AddSingleton<TimeProvider>(Time);
        });
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (_ownsDirectory) DeleteQuietly(DataDirectory);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        if (disposing && _ownsDirectory) DeleteQuietly(DataDirectory);
    }

    public static void DeleteQuietly(string directory)
    {
        try { Directory.Delete(directory, recursive: true); }
        catch (IOException) { }
    }
}
