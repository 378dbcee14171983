using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace PressDesk.Tests.Infrastructure;

// PressDesk in-process on a temp-folder SQLite database. Pass the same folder to a second
// instance to simulate a restart; pass a FakeTimeProvider to control the clock.
public class PressDeskApp : WebApplicationFactory<Program>
{
    // The one "now" of the tests: a fixed instant (a Saturday afternoon, UTC), so that weeks, quiet
    // hours and daylight saving come out the same on any real date. Nothing may compare it with the
    // real clock (see ClockCookieJar); other test dates are derived from it.
    public static readonly DateTimeOffset DefaultStart = new(2026, 11, 28, 14, 5, 0, TimeSpan.Zero);
    public const string OwnerEmail = "owner@pressdesk.test";
    public const string OwnerPassword = "tide lantern orchard 42";
    public const string ApiKey = "pd_test_0123456789abcdefghijklmnopqrstuvwxyz";

    // Tests set the client's address with this header; the test server has no real peer.
    public const string ClientAddressHeader = "X-Test-Client-Address";

    private readonly Dictionary<string, string?> _settings;
    private readonly IDictionary<string, string?>? _extraSettings;
    private readonly bool _bootstrap;
    private readonly bool _backgroundWorkers;
    private bool _ownsDirectory;

    public PressDeskApp(
        string? dataDirectory = null,
        FakeTimeProvider? time = null,
        IDictionary<string, string?>? settings = null,
        bool bootstrap = true,
        bool backgroundWorkers = true)
    {
        _ownsDirectory = dataDirectory is null;
        (_extraSettings, _bootstrap, _backgroundWorkers) = (settings, bootstrap, backgroundWorkers);
        DataDirectory = dataDirectory ?? NewDataDirectory();
        Time = time;
        _settings = new Dictionary<string, string?>
        {
            ["PressDesk:DataDirectory"] = DataDirectory,
            ["PressDesk:TimeZone"] = "UTC",
            // The tests written before French was a language read English pages; the French ones say so.
            ["PressDesk:Culture"] = "en-GB",
            // Outside the data folder, as it must be, and the same for every start on that folder.
            ["PressDesk:KeyRing:ProtectionKeyFile"] = ProtectionKeyFileOf(DataDirectory),
        };
        if (bootstrap)
        {
            _settings["PressDesk:Bootstrap:OwnerEmail"] = OwnerEmail;
            _settings["PressDesk:Bootstrap:OwnerPassword"] = OwnerPassword;
            _settings["PressDesk:Bootstrap:ApiKey"] = ApiKey;
            // The tests' integration may do everything, sealed statements included; ApiScopeTests
            // create narrower keys.
            _settings["PressDesk:Bootstrap:ApiKeyScopes"] = string.Join(' ', PressDesk.Accounts.ApiScopes.All.Select(s => s.Scope));
        }
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) _settings[key] = value;
    }

    public string DataDirectory { get; }

    public FakeTimeProvider? Time { get; }

    public string DatabasePath => Path.Combine(DataDirectory, "pressdesk.db");

    public TestDatabase Database => TestDatabase.In(DataDirectory);

    // The app's clock: the fake one when the test set it, else the machine's.
    public TimeProvider Clock => Time ?? TimeProvider.System;

    // A restart: this app stops, and another starts on the same data folder and settings, on the
    // given clock (by default this one's). The new one owns the folder from then on.
    public async Task<PressDeskApp> RestartAsync(FakeTimeProvider? time = null)
    {
        var owns = _ownsDirectory;
        _ownsDirectory = false;
        await DisposeAsync();
        return new PressDeskApp(DataDirectory, time ?? Time, _extraSettings, _bootstrap, _backgroundWorkers) { _ownsDirectory = owns };
    }

    public string ProtectionKeyFile => _settings["PressDesk:KeyRing:ProtectionKeyFile"]!;

    public static string ProtectionKeyFileOf(string dataDirectory) => AppProcess.ProtectionKeyFileOf(dataDirectory);

    public static string NewDataDirectory() =>
        Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "pressdesk-tests", Guid.NewGuid().ToString("N"))).FullName;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(_settings));
        builder.ConfigureTestServices(services =>
        {
            if (Time is not null) services.AddSingleton<TimeProvider>(Time);
            services.AddSingleton<IStartupFilter, ClientAddressFromHeader>();
            // Tests that drive the alert passes themselves keep the workers registered (to call
            // their passes) but not running, so nothing races them.
            if (!_backgroundWorkers)
            {
                var workers = services.Where(d => d.ServiceType == typeof(IHostedService)
                    && d.ImplementationFactory?.Method.ReturnType is { } type
                    && (type == typeof(PressDesk.Alerts.AlertWorker) || type == typeof(PressDesk.Alerts.AlertOutbox)
                        || type == typeof(PressDesk.Push.PushOutbox) || type == typeof(PressDesk.Routing.EscalationWorker))).ToList();
                if (workers.Count != 4) throw new InvalidOperationException("The alert workers are registered differently than this test setup expects.");
                foreach (var worker in workers) services.Remove(worker);
            }
        });
    }

    // These hide WebApplicationFactory's own, whose CookieContainer judges cookie expiry by the
    // real clock while the app stamps it with the fake one (see ClockCookieJar).
    public new HttpClient CreateClient() => CreateClient(new WebApplicationFactoryClientOptions());

    public new HttpClient CreateClient(WebApplicationFactoryClientOptions options)
    {
        var handlers = new List<DelegatingHandler>();
        if (options.AllowAutoRedirect) handlers.Add(new RedirectHandler(options.MaxAutomaticRedirections));
        if (options.HandleCookies) handlers.Add(new ClockCookieJar(Clock));
        return CreateDefaultClient(options.BaseAddress, [.. handlers]);
    }

    public HttpClient CreateApiClient(string key = ApiKey)
    {
        var client = CreateClient(new() { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new("Bearer", key);
        return client;
    }

    // A client signed in through the sign-in form, as a browser would be.
    public async Task<HttpClient> CreateSignedInClientAsync(string email = OwnerEmail, string password = OwnerPassword)
    {
        var client = CreateClient(new() { AllowAutoRedirect = false });
        var response = await client.SignInAsync(email, password);
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Signing in as {email} failed: {(int)response.StatusCode}.");
        return client;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (_ownsDirectory) DeleteQuietly(DataDirectory);
        if (_ownsDirectory) File.Delete(ProtectionKeyFile);
        GC.SuppressFinalize(this);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        if (disposing && _ownsDirectory) DeleteQuietly(DataDirectory);
        if (disposing && _ownsDirectory) File.Delete(ProtectionKeyFile);
    }

    private sealed class ClientAddressFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (System.Net.IPAddress.TryParse(context.Request.Headers[ClientAddressHeader], out var address))
                    context.Connection.RemoteIpAddress = address;
                return nextMiddleware(context);
            });
            next(app);
        };
    }

    public static void DeleteQuietly(string directory)
    {
        try { Directory.Delete(directory, recursive: true); }
        catch (IOException) { }
    }
}
