namespace PressDesk.Benchmarks;

public static class Stats
{
    public static double Median(IEnumerable<double> values) => Percentile(values, 0.5);

    // Nearest rank, as the app's own figures.
    public static double Percentile(IEnumerable<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? double.NaN : sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Count) - 1)];
    }
}
