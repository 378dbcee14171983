namespace PressDesk.Briefings;

public sealed class BriefingOptions
{
    public const string Section = "PressDesk:Briefings";
    public const string DefaultTemplate = "briefing";
    public const string Extension = ".md.liquid";

    // Empty: the repository's templates/ folder when running from a source tree, else the copy
    // linked into the build output (see Resolve).
    public string? TemplateFolder { get; set; }

    // A relative TemplateFolder is relative to the working directory, like DataDirectory.
    // Without one, the first folder holding the default template wins: templates/ beside the
    // app (a published app), the repository's templates/ two levels above the project folder
    // (`dotnet run --project src/PressDesk` and the tests, so edits apply without a rebuild),
    // then the copy in the build output.
    public string Resolve(string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(TemplateFolder)) return Path.GetFullPath(TemplateFolder);
        string[] candidates =
        [
            Path.Combine(contentRoot, "templates"),
            Path.Combine(contentRoot, "..", "..", "templates"),
            Path.Combine(AppContext.BaseDirectory, "templates"),
        ];
        var found = candidates.FirstOrDefault(c => File.Exists(Path.Combine(c, DefaultTemplate + Extension)));
        return Path.GetFullPath(found ?? candidates[^1]);
    }
}
