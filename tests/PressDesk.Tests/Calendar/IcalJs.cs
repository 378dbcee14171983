using System.Diagnostics;
using System.Text.Json;

namespace PressDesk.Tests.Calendar;

public sealed record IcalJsEvent(
    string Uid, int Sequence, string? Summary, string? Description, string? Status, string? Url,
    DateTimeOffset Start, DateTimeOffset End, IReadOnlyList<string> Alarms);

public sealed record IcalJsFeed(string? Name, IReadOnlyList<IcalJsEvent> Events);

// Runs parse-ics.mjs with node against ical.js in tests/.tools (tests/run.sh installs it).
public static class IcalJs
{
    private static string Root => AppProcess.FindRepositoryRoot();

    public static string Library => Path.Combine(Root, "tests", ".tools", "node_modules", "ical.js", "dist", "ical.js");

    public static async Task<IcalJsFeed> ParseAsync(string ics)
    {
        if (!File.Exists(Library))
            throw new InvalidOperationException($"The calendar tests need ical.js at {Library}: run tests/run.sh (it installs it), or 'npm install --prefix tests/.tools ical.js@2.2.1'.");
        var script = Path.Combine(Root, "tests", "PressDesk.Tests", "Calendar", "parse-ics.mjs");
        var start = new ProcessStartInfo("node", [script, Library])
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        await process.StandardInput.WriteAsync(ics);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0) throw new InvalidOperationException($"ical.js could not parse the feed: {await error}");
        return JsonSerializer.Deserialize<IcalJsFeed>(await output, JsonSerializerOptions.Web)!;
    }
}
