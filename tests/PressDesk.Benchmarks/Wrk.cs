using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace PressDesk.Benchmarks;

public sealed record WrkResult(double RequestsPerSecond, double P99Ms, double P50Ms, long Errors);

// Runs wrk (the Debian package) against one URL on 127.0.0.1 and reads its --latency summary.
public static partial class Wrk
{
    // Without wrk, Process.Start throws a bare Win32Exception; say what to install instead,
    // before any app is started or any data seeded.
    public static bool IsMissing(string command)
    {
        var path = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        if (path.Any(dir => File.Exists(Path.Combine(dir, "wrk")))) return false;
        Console.Error.WriteLine($"'{command}' drives its load with wrk, which is not installed: run 'sudo apt-get install -y wrk' (Debian's package), then this again.");
        return true;
    }

    public static async Task<WrkResult> RunAsync(string url, string header, int threads, int connections, int seconds)
    {
        var start = new ProcessStartInfo("wrk",
            ["-t", $"{threads}", "-c", $"{connections}", "-d", $"{seconds}s", "--latency", "-H", header, url])
        { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("wrk did not start (apt-get install -y wrk).");
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"wrk failed: {await process.StandardError.ReadToEndAsync()}");

        var rps = double.Parse(RequestsPerSecond().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
        var errors = Non2xx().Match(output) is { Success: true } m ? long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        var socketErrors = SocketErrors().Match(output);
        if (socketErrors.Success) errors += socketErrors.Groups.Values.Skip(1).Sum(g => long.Parse(g.Value, CultureInfo.InvariantCulture));
        return new WrkResult(rps, Percentile(output, "99%"), Percentile(output, "50%"), errors);
    }

    private static double Percentile(string output, string label)
    {
        var match = Regex.Match(output, $@"^\s+{Regex.Escape(label)}\s+([\d.]+)(us|ms|s)\s*$", RegexOptions.Multiline);
        if (!match.Success) throw new InvalidOperationException($"No {label} line in wrk's output:\n{output}");
        var value = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return match.Groups[2].Value switch { "us" => value / 1000, "s" => value * 1000, _ => value };
    }

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"Non-2xx or 3xx responses:\s+(\d+)")]
    private static partial Regex Non2xx();

    [GeneratedRegex(@"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)")]
    private static partial Regex SocketErrors();
}
