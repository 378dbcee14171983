namespace PressDesk.Benchmarks;

// "--name value" options shared by the measurement commands, and the percentile they report.
public static class Arguments
{
    public static string? OptionText(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    public static int Option(string[] args, string name, int fallback)
    {
        var text = OptionText(args, name);
        return text is not null && int.TryParse(text.Replace("_", ""), out var value) ? value : fallback;
    }

    // Nearest-rank percentile of an ascending list.
    public static T Percentile<T>(IReadOnlyList<T> sorted, double p) => sorted[(int)Math.Ceiling(p * sorted.Count) - 1];
}
