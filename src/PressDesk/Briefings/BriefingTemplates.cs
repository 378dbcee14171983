using System.Globalization;
using PressDesk.Templates;

namespace PressDesk.Briefings;

// The briefing sheets among the templates: <name>.md.liquid, in the reader's language
// (<name>.fr.md.liquid, <name>.en.md.liquid) when such a file exists.
public sealed class BriefingTemplates(TemplateLibrary library)
{
    public BriefingTemplates(string folder) : this(new TemplateLibrary([folder])) { }

    public TemplateLibrary Library => library;

    public IReadOnlyList<string> Names() => library.Names(BriefingOptions.Extension);

    public static bool IsValidName(string? name) => TemplateLibrary.IsValidName(name);

    // In the current UI culture: the reader's language on a page, PressDesk:Culture or Accept-Language on the API.
    public LoadedTemplate Get(string name) => library.Get(name, BriefingOptions.Extension, CultureInfo.CurrentUICulture);
}
