using PressDesk.Benchmarks;

// Measurements that need a real PressDesk process and real time. See README.md, "Measured".
return args.FirstOrDefault() switch
{
    "alert-lateness" => await AlertLateness.RunAsync(args.Skip(1).ToArray()),
    "intake" => await IntakeThroughput.RunAsync(args.Skip(1).ToArray()),
    "intake-push" => await IntakePush.RunAsync(args.Skip(1).ToArray()),
    "briefing" => BriefingRendering.Run(args.Skip(1).ToArray()),
    "crash" => await CrashCommand.RunAsync(args.Skip(1).ToArray()),
    "seed" => await HistoryGenerator.RunAsync(args.Skip(1).ToArray()),
    "load" => Wrk.IsMissing("load") ? 1 : await LoadTest.RunAsync(args.Skip(1).ToArray()),
    "scale" => await ScaleCurve.RunAsync(args.Skip(1).ToArray()),
    "footprint" => Wrk.IsMissing("footprint") ? 1 : await Footprint.RunAsync(args.Skip(1).ToArray()),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: dotnet run -c Release --project tests/PressDesk.Benchmarks -- alert-lateness [--alerts 1000] [--seconds 60] [--clients 8] [--app path/to/PressDesk.dll]");
    Console.Error.WriteLine("       dotnet run -c Release --project tests/PressDesk.Benchmarks -- briefing [BenchmarkDotNet arguments]");
    Console.Error.WriteLine("       dotnet run -c Release --project tests/PressDesk.Benchmarks -- intake [--files 5000] [--runs 3] [--singles 200] [--app path/to/PressDesk.dll]");
    Console.Error.WriteLine("       dotnet run -c Release --project tests/PressDesk.Benchmarks -- intake-push [--singles 200] [--app path/to/PressDesk.dll]");
    Console.Error.WriteLine("       dotnet run -c Release --project tests/PressDesk.Benchmarks -- crash [--kills 100] [--seed 20261128] [--app path/to/PressDesk.dll]");
    Console.Error.WriteLine("       dotnet run -c Release --project tests/PressDesk.Benchmarks -- seed --data <folder> [--requests 1000]");
    Console.Error.WriteLine("       dotnet run -c Release --project tests/PressDesk.Benchmarks -- load [--requests 100000] [--rounds 3] [--seconds 15] [--connections 64] [--app dll]");
    Console.Error.WriteLine("       dotnet run -c Release --project tests/PressDesk.Benchmarks -- scale [--sizes 1000,10000,100000,1000000] [--samples 50] [--changes] [--app label=dll ...]");
    Console.Error.WriteLine("       dotnet run -c Release --project tests/PressDesk.Benchmarks -- footprint [--runs 5] [--variant label:KEY=VALUE,KEY=VALUE ...]");
    return 2;
}
