using System.Diagnostics;

namespace PressDesk.Tests.Infrastructure;

// The built app run once as a process, as the README tells an operator to (a command verb, or a
// server that is expected to stop by itself): its exit code, standard output and standard error.
public static class AppCommand
{
    public sealed record Result(int ExitCode, string Output, string Errors);

    public static async Task<Result> RunAsync(
        string dataDirectory, string[] args, string? stdin = null, IDictionary<string, string>? settings = null)
    {
        var start = new ProcessStartInfo("dotnet", [AppProcess.BuiltDll(typeof(AppCommand).Assembly), .. args])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["PressDesk__DataDirectory"] = dataDirectory;
        start.Environment["PressDesk__KeyRing__ProtectionKeyFile"] = AppProcess.ProtectionKeyFileOf(dataDirectory);
        start.Environment["PressDesk__Culture"] = "en-GB";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) start.Environment[key] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (stdin is not null) await process.StandardInput.WriteLineAsync(stdin);
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet PressDesk.dll {string.Join(' ', args)} did not end within 60 s.");
        }
        return new Result(process.ExitCode, await output, await errors);
    }
}
