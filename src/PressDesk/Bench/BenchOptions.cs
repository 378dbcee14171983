namespace PressDesk.Bench;

public sealed class BenchOptions
{
    public const string Section = "PressDesk:Benchmarks";

    // Off by default: the baseline page exists only for load measurements (tests/PressDesk.Benchmarks).
    public bool Enabled { get; set; }
}
