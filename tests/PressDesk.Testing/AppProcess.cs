using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace PressDesk.Testing;

// A real PressDesk process (the Release build) on 127.0.0.1 with a fresh data folder.
public sealed class AppProcess : IAsyncDisposable
{
    public const string OwnerEmail = "bench@pressdesk.test";
    public const string OwnerPassword = "quiet lantern orchard 42";
    public const string ApiKey = "pd_bench_0123456789abcdefghijklmnopqrstuvwxyz";

    private readonly Process _process;

    private readonly bool _keepData;

    private AppProcess(Process process, string url, string dataDirectory, bool keepData) =>
        (_process, Url, DataDirectory, _keepData) = (process, url, dataDirectory, keepData);

    public string Url { get; }
    public string DataDirectory { get; }
    public string DatabasePath => Path.Combine(DataDirectory, "pressdesk.db");

    // Beside the data folder, not in it, as PressDesk requires; the same for every start on that folder.
    public static string ProtectionKeyFileOf(string dataDirectory) => Path.TrimEndingDirectorySeparator(dataDirectory) + ".protection-key";

    // Runs from just before the process was started.
    public Stopwatch Started { get; private init; } = null!;
    public TimeSpan TimeToHealthy { get; private set; }

    // What the app wrote to standard output, line by line.
    public IReadOnlyCollection<string> Output { get; private init; } = [];

    // Resident memory now and at its peak, in MB, from /proc/<pid>/status (Linux).
    public (double Rss, double Peak) Memory()
    {
        var status = File.ReadAllLines($"/proc/{_process.Id}/status");
        double Field(string name) => long.Parse(status.First(l => l.StartsWith(name + ":", StringComparison.Ordinal))[(name.Length + 1)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024.0;
        return (Field("VmRSS"), Field("VmHWM"));
    }

    // app: the PressDesk.dll to run; by default this repository's Release build. Pass another
    // build (a baseline commit) to compare the two side by side.
    // settings are environment variables on top of the defaults below; unset removes some (to
    // start it without Urls, as a container would). url is where to wait for /healthz.
    public static async Task<AppProcess> StartAsync(
        IDictionary<string, string> settings, string? appDll = null, string? dataDirectory = null, bool keepData = false,
        string? url = null, IEnumerable<string>? unset = null)
    {
        var dll = appDll ?? BuiltDll();
        if (!File.Exists(dll)) throw new FileNotFoundException($"Build PressDesk first: dotnet build -c Release src/PressDesk ({dll} is missing).");

        dataDirectory ??= Directory.CreateTempSubdirectory("pressdesk-bench-").FullName;
        url ??= $"http://127.0.0.1:{Loopback.FreePort()}";
        var start = new ProcessStartInfo("dotnet", [dll]) { RedirectStandardOutput = true, RedirectStandardError = true };
        var clock = Stopwatch.StartNew();
        var environment = new Dictionary<string, string?>
        {
            ["Urls"] = url,
            ["PressDesk__DataDirectory"] = dataDirectory,
            ["PressDesk__KeyRing__ProtectionKeyFile"] = ProtectionKeyFileOf(dataDirectory),
            ["PressDesk__Culture"] = "en-GB",
            ["PressDesk__Bootstrap__OwnerEmail"] = OwnerEmail,
            ["PressDesk__Bootstrap__OwnerPassword"] = OwnerPassword,
            ["PressDesk__Bootstrap__ApiKey"] = ApiKey,
            // The load and crash runs log, read and answer requests; none reads sealed statements.
            ["PressDesk__Bootstrap__ApiKeyScopes"] = "requests:write requests:read prep:write briefings:read",
            ["Logging__LogLevel__Default"] = "Warning",
        };
        foreach (var (key, value) in settings) environment[key] = value;
        foreach (var key in unset ?? []) environment[key] = null;
        // What the machine's environment says about where to listen is not the test's to inherit.
        foreach (var inherited in new[] { "URLS", "ASPNETCORE_URLS", "ASPNETCORE_HTTP_PORTS", "ASPNETCORE_HTTPS_PORTS", "DOTNET_URLS" })
            start.Environment.Remove(inherited);
        foreach (var (key, value) in environment)
            if (value is null) start.Environment.Remove(key);
            else start.Environment[key] = value;
        var output = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) output.Enqueue(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine($"[app] {e.Data}"); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var app = new AppProcess(process, url, dataDirectory, keepData) { Started = clock, Output = output };
        using var http = new HttpClient();
        // Polled every 10 ms so that the time to the first answer (the footprint's cold start) is close.
        var healthy = false;
        try
        {
            await Eventually.UntilAsync(async () => process.HasExited || (healthy = await AnswersAsync(http, url)),
                "PressDesk answers /healthz", TimeSpan.FromSeconds(30), every: TimeSpan.FromMilliseconds(10));
        }
        catch (TimeoutException)
        {
        }
        if (healthy)
        {
            app.TimeToHealthy = clock.Elapsed;
            return app;
        }
        await app.DisposeAsync();
        throw new TimeoutException("PressDesk exited or did not answer /healthz within 30 s (its errors are above).");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (_keepData) return;
        try { Directory.Delete(DataDirectory, recursive: true); } catch (IOException) { }
        File.Delete(ProtectionKeyFileOf(DataDirectory));
    }

    private static async Task<bool> AnswersAsync(HttpClient http, string url)
    {
        try
        {
            return (await http.GetAsync($"{url}/healthz")).StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    // This repository's build of PressDesk, in the given configuration.
    public static string BuiltDll(string configuration = "Release") =>
        Path.Combine(FindRepositoryRoot(), "src", "PressDesk", "bin", configuration, "net10.0", "PressDesk.dll");

    // The build in the configuration the given assembly (a test project) was built in.
    public static string BuiltDll(System.Reflection.Assembly like) =>
        BuiltDll(like.GetCustomAttributes(typeof(System.Reflection.AssemblyConfigurationAttribute), false)
            .OfType<System.Reflection.AssemblyConfigurationAttribute>().FirstOrDefault()?.Configuration ?? "Debug");

    // As a crash would: SIGKILL, no shutdown.
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public static string FindRepositoryRoot()
    {
        // From the build output, or from the working directory when the harness runs from a copy.
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "PressDesk.sln"))) return dir.FullName;
        throw new InvalidOperationException("Run from inside the PressDesk repository.");
    }
}
