using PressDesk.Benchmarks;

// Measurements that need a real PressDesk process and real time. See README.md, "Measured".
return args.FirstOrDefault() switch
{
    "alert-lateness" => await AlertLateness.RunAsync(args.Skip(1).ToArray()),
    "briefing" => BriefingRendering.Run(args.Skip(1).ToArray()),
    "crash" => await CrashCommand.RunAsync(args.Skip(1).ToArray()),
    "seed" => await HistoryGenerator.RunAsync(args.Skip(1).ToArray()),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: dotnet run -c Release --project tests/PressDesk.Benchmarks -- alert-lateness [--alerts 1000] [--seconds 60] [--clients 8] [--app path/to/PressDesk.dll]");
    Console.Error.WriteLine("       dotnet run -c Release --project tests/PressDesk.Benchmarks -- briefing [BenchmarkDotNet arguments]");
    Console.Error.WriteLine("       dotnet run -c Release --project tests/PressDesk.Benchmarks -- crash [--kills 100] [--seed 20261128] [--app path/to/PressDesk.dll]");
    Console.Error.WriteLine("       dotnet run -c Release --project tests/PressDesk.Benchmarks -- seed --data <folder> [--requests 1000]");
    return 2;
}
