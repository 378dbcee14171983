using System.Globalization;
using PressDesk.Testing.Crash;

namespace PressDesk.Benchmarks;

// The crash suite at full size: dotnet run -c Release --project tests/PressDesk.Benchmarks -- crash --kills 100
// The same run as the CI test (tests/PressDesk.Tests/Reliability/CrashTests.cs), with more kills.
public static class CrashCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var options = args.Chunk(2).Where(pair => pair.Length == 2).ToDictionary(pair => pair[0], pair => pair[1]);
        var kills = int.Parse(options.GetValueOrDefault("--kills", "100"), CultureInfo.InvariantCulture);
        var seed = int.Parse(options.GetValueOrDefault("--seed", "20261128"), CultureInfo.InvariantCulture);
        var app = options.GetValueOrDefault("--app") ?? AppProcess.BuiltDll();
        if (!File.Exists(app)) throw new FileNotFoundException($"Build PressDesk first: dotnet build -c Release src/PressDesk ({app} is missing).");

        var report = await CrashRun.RunAsync(app, kills, seed, Console.Out);
        Console.WriteLine(report);
        return report.Passed ? 0 : 1;
    }
}
