using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using Fluid;

namespace PressDesk.Briefings;

public sealed record TemplateError(string File, int? Line, int? Column, string Message);

// The briefing templates of one folder. Each is parsed once and parsed again when its file
// changes: every use compares the file's last-write time and length with the parsed copy's,
// which works the same on every file system and needs no watcher (tests poll, inotify is scarce).
public sealed partial class BriefingTemplates(string folder)
{
    private static readonly FluidParser Parser = new();
    private readonly ConcurrentDictionary<string, Parsed> _cache = new(StringComparer.Ordinal);

    public string Folder { get; } = folder;

    public IReadOnlyList<string> Names() =>
        Directory.Exists(Folder)
            ? Directory.EnumerateFiles(Folder, "*" + BriefingOptions.Extension)
                .Select(f => Path.GetFileName(f)[..^BriefingOptions.Extension.Length])
                .Where(IsValidName).Order(StringComparer.Ordinal).ToList()
            : [];

    public static bool IsValidName(string? name) => name is not null && NamePattern().IsMatch(name);

    public string PathOf(string name) => Path.Combine(Folder, name + BriefingOptions.Extension);

    public (IFluidTemplate? Template, TemplateError? Error) Get(string name)
    {
        var path = PathOf(name);
        var fileName = Path.GetFileName(path);
        if (!IsValidName(name)) return (null, new TemplateError(fileName, null, null, "This is not a template name."));
        var info = new FileInfo(path);
        if (!info.Exists) return (null, new TemplateError(fileName, null, null, $"The template file is missing from {Folder}."));

        var stamp = (info.LastWriteTimeUtc, info.Length);
        if (_cache.TryGetValue(name, out var cached) && cached.Stamp == stamp) return (cached.Template, cached.Error);

        var parsed = Parse(fileName, File.ReadAllText(path), stamp);
        _cache[name] = parsed;
        return (parsed.Template, parsed.Error);
    }

    private static Parsed Parse(string fileName, string source, (DateTime, long) stamp)
    {
        if (Parser.TryParse(source, out var template, out var message)) return new Parsed(stamp, template, null);
        var at = PositionPattern().Match(message ?? "");
        return new Parsed(stamp, null, new TemplateError(
            fileName,
            at.Success ? int.Parse(at.Groups["line"].Value, CultureInfo.InvariantCulture) : null,
            at.Success ? int.Parse(at.Groups["column"].Value, CultureInfo.InvariantCulture) : null,
            message ?? "The template could not be parsed."));
    }

    private sealed record Parsed((DateTime, long) Stamp, IFluidTemplate? Template, TemplateError? Error);

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$")]
    private static partial Regex NamePattern();

    // Fluid reports where parsing stopped as "(line:column)".
    [GeneratedRegex(@"\((?<line>\d+):(?<column>\d+)\)")]
    private static partial Regex PositionPattern();
}
