namespace PressDesk.Benchmarks;

// "--name value" options of the subcommands.
public static class Args
{
    public static int Number(string[] args, string name, int fallback) =>
        Text(args, name) is { } text && int.TryParse(text.Replace("_", ""), out var value) ? value : fallback;

    public static string? Text(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
