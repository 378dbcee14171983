using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using Fluid;
using Microsoft.Extensions.Localization;
using PressDesk.Localization;

namespace PressDesk.Templates;

public sealed record TemplateError(string File, int? Line, int? Column, string Message);

// File: the file name the template came from (or would have), for error messages.
public sealed record LoadedTemplate(string File, IFluidTemplate? Template, TemplateError? Error);

// The Liquid templates PressDesk writes with (briefing sheets, quote-check messages), found by
// name and language: {name}.{fr|en}{extension}, else {name}{extension}, which serves every
// language (as briefing.md.liquid did before templates had languages, so an edited one keeps
// working). The user's folder is searched first, then the copy shipped with the app, so a user
// keeps in their folder only the templates they changed.
// Each file is parsed once and parsed again when it changes: every use compares the file's
// last-write time and length with the parsed copy's, which works the same on every file system
// and needs no watcher (tests poll, inotify is scarce). Its own messages are in the reader's
// language (text); Fluid's parse messages are Fluid's, in English.
public sealed partial class TemplateLibrary(IEnumerable<string> folders, IStringLocalizer? text = null)
{
    private static readonly FluidParser Parser = new();
    private readonly ConcurrentDictionary<string, Parsed> _cache = new(StringComparer.Ordinal);

    public IReadOnlyList<string> Folders { get; } = folders.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal).ToList();

    // Every valid template name with this extension in any folder, language suffix left out.
    public IReadOnlyList<string> Names(string extension) =>
        Folders.Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*" + extension))
            .Select(file => WithoutLanguage(Path.GetFileName(file)[..^extension.Length]))
            .Where(IsValidName)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();

    public static bool IsValidName(string? name) => name is not null && NamePattern().IsMatch(name);

    // The most specific file for the language, the user's folder before the shipped one; null if none.
    public string? Find(string name, string extension, CultureInfo language)
    {
        if (!IsValidName(name)) return null;
        string[] files = [$"{name}.{Languages.CodeOf(language)}{extension}", name + extension];
        return Folders.SelectMany(folder => files.Select(file => Path.Combine(folder, file))).FirstOrDefault(File.Exists);
    }

    public LoadedTemplate Get(string name, string extension, CultureInfo language)
    {
        var path = Find(name, extension, language);
        if (path is null)
        {
            var wanted = $"{name}.{Languages.CodeOf(language)}{extension}";
            return new LoadedTemplate(wanted, null, new TemplateError(wanted, null, null, IsValidName(name)
                ? Say("The template file is missing from {0}.", string.Join(", ", Folders))
                : Say("This is not a template name.")));
        }

        var fileName = Path.GetFileName(path);
        var info = new FileInfo(path);
        var stamp = (info.LastWriteTimeUtc, info.Length);
        if (!_cache.TryGetValue(path, out var parsed) || parsed.Stamp != stamp)
            _cache[path] = parsed = Parse(fileName, File.ReadAllText(path), stamp);
        return new LoadedTemplate(fileName, parsed.Template, parsed.Error);
    }

    private string Say(string key, params object[] arguments) =>
        text is null ? string.Format(CultureInfo.InvariantCulture, key, arguments) : text[key, arguments];

    private static string WithoutLanguage(string stem)
    {
        var dot = stem.LastIndexOf('.');
        return dot > 0 && stem[(dot + 1)..] is Languages.FrenchCode or Languages.EnglishCode ? stem[..dot] : stem;
    }

    private static Parsed Parse(string fileName, string source, (DateTime, long) stamp)
    {
        if (Parser.TryParse(source, out var template, out var message)) return new Parsed(stamp, template, null);
        var at = PositionPattern().Match(message ?? "");
        return new Parsed(stamp, null, new TemplateError(
            fileName,
            at.Success ? int.Parse(at.Groups["line"].Value, CultureInfo.InvariantCulture) : null,
            at.Success ? int.Parse(at.Groups["column"].Value, CultureInfo.InvariantCulture) : null,
            message ?? "The template could not be parsed (Fluid gave no reason)."));
    }

    private sealed record Parsed((DateTime, long) Stamp, IFluidTemplate? Template, TemplateError? Error);

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$")]
    private static partial Regex NamePattern();

    // Fluid reports where parsing stopped as "(line:column)".
    [GeneratedRegex(@"\((?<line>\d+):(?<column>\d+)\)")]
    private static partial Regex PositionPattern();
}
