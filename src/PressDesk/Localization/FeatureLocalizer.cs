using System.Globalization;
using Microsoft.Extensions.Localization;

namespace PressDesk.Localization;

// What IStringLocalizer<T> and the views' IViewLocalizer resolve to: the key (English) or its French
// text from the feature's catalogue, chosen by the request's UI culture.
public sealed class FeatureLocalizer(TextCatalogue catalogue, string feature) : IStringLocalizer
{
    public string Feature => feature;

    public LocalizedString this[string name]
    {
        get
        {
            var (value, missing) = Find(name);
            return new LocalizedString(name, value, missing, feature);
        }
    }

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var (value, missing) = Find(name);
            return new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, value, arguments), missing, feature);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        Languages.IsFrench(CultureInfo.CurrentUICulture)
            ? catalogue.FrenchOf(feature).Select(e => new LocalizedString(e.Key, e.Value, false, feature))
            : [];

    private (string Value, bool Missing) Find(string name)
    {
        if (!Languages.IsFrench(CultureInfo.CurrentUICulture)) return (name, false);
        var french = catalogue.French(feature, name);
        return french is null ? (name, true) : (french, false);
    }
}

public sealed class FeatureLocalizerFactory(TextCatalogue catalogue) : IStringLocalizerFactory
{
    public IStringLocalizer Create(Type resourceSource) =>
        new FeatureLocalizer(catalogue, TextCatalogue.FeatureOf(resourceSource.Namespace));

    // Views ask with their path made a name ("PressDesk.Journalists.Details" for /Journalists/Details.cshtml).
    public IStringLocalizer Create(string baseName, string location) =>
        new FeatureLocalizer(catalogue, TextCatalogue.FeatureOf(baseName));
}
