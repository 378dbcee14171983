namespace PressDesk.Briefings;

public sealed class BriefingOptions
{
    public const string Section = "PressDesk:Briefings";
    public const string DefaultTemplate = "briefing";
    public const string Extension = ".md.liquid";

    // The user's own templates (briefing sheets and the quote-check message). Empty: templates/
    // beside the app (a published app) or the repository's templates/ (a source tree).
    public string? TemplateFolder { get; set; }

    // Where templates are looked for, in order. A relative TemplateFolder is relative to the
    // working directory, like DataDirectory. Without one, templates/ beside the app, else the
    // repository's templates/ two levels above the project folder (`dotnet run --project
    // src/PressDesk` and the tests, so edits apply without a rebuild). Last always comes the copy
    // in the build output, so a user's folder needs only the templates the user changed.
    public IReadOnlyList<string> Resolve(string contentRoot)
    {
        var shipped = Path.Combine(AppContext.BaseDirectory, "templates");
        if (!string.IsNullOrWhiteSpace(TemplateFolder)) return [Path.GetFullPath(TemplateFolder), shipped];
        string[] candidates = [Path.Combine(contentRoot, "templates"), Path.Combine(contentRoot, "..", "..", "templates")];
        return [.. candidates.Where(Directory.Exists).Take(1), shipped];
    }
}
