using System.Globalization;

namespace PressDesk.Localization;

// The two languages PressDesk speaks. French formats as in France (24-hour clock, "mer. 2 déc.");
// English as in Britain, the English closest to French conventions (24-hour clock, day before month).
public static class Languages
{
    public const string FrenchCode = "fr";
    public const string EnglishCode = "en";

    public static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static IReadOnlyList<CultureInfo> All { get; } = [French, English];

    /// <summary>The language code ("fr" or "en") a culture belongs to.</summary>
    public static string CodeOf(CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == FrenchCode ? FrenchCode : EnglishCode;

    public static bool IsFrench(CultureInfo culture) => culture.TwoLetterISOLanguageName == FrenchCode;

    /// <summary>The culture for a language code or culture name ("fr", "fr-CA", "en-US"), or null for another language.</summary>
    public static CultureInfo? Find(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        var language = name.Trim().Split('-', '_')[0].ToLowerInvariant();
        return language switch
        {
            FrenchCode => French,
            EnglishCode => English,
            _ => null,
        };
    }

    /// <summary>Runs what follows in a language, for text written with no person in the loop (alerts, reason files).</summary>
    public static CultureScope Use(CultureInfo culture) => new(culture);
}

public readonly struct CultureScope : IDisposable
{
    private readonly CultureInfo _culture, _uiCulture;

    public CultureScope(CultureInfo culture)
    {
        (_culture, _uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
    }

    public void Dispose()
    {
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;
    }
}
