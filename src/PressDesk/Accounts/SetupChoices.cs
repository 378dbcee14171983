using System.Globalization;
using Microsoft.Extensions.Localization;
using PressDesk.Hosting;
using PressDesk.Localization;
using PressDesk.Validation;

namespace PressDesk.Accounts;

// What setup asks besides the owner's account: the language of their pages, and the time zone in
// which PressDesk reads and shows times. Both default to what the browser says (its language from
// Accept-Language here, its zone filled in by wwwroot/js/browser-time-zone.js).
public sealed record SetupChoices(string Language, string TimeZone);

public sealed class SetupChoicesValidator(IStringLocalizer<SetupChoicesValidator> localizer, DisplayTime displayTime)
{
    public const string LanguageField = "Language";
    public const string TimeZoneField = "TimeZone";

    // A blank field takes the default (a form posted by a script that predates the question).
    public Validated<SetupChoices> Validate(string? language, string? timeZone)
    {
        var errors = new FieldErrors(localizer);
        var code = FieldErrors.CleanLine(language) ?? DefaultLanguage();
        if (code is not Languages.FrenchCode and not Languages.EnglishCode)
            errors.Add(LanguageField, "Choose French or English.");
        var zone = FieldErrors.CleanLine(timeZone) ?? DefaultTimeZone();
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _))
            errors.Add(TimeZoneField, "'{0}' is not a time zone this server knows (expected one like Europe/Paris).", zone);
        return errors.Result(() => new SetupChoices(code, zone));
    }

    // The request's language, which the localization middleware took from the browser.
    public static string DefaultLanguage() =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == Languages.EnglishCode ? Languages.EnglishCode : Languages.FrenchCode;

    // The server's configured zone until the browser's replaces it.
    public string DefaultTimeZone() => TimeZoneInfo.TryFindSystemTimeZoneById(displayTime.Zone.Id, out _) ? displayTime.Zone.Id : "UTC";

    // The zones this server knows, by id: what the browser's Intl API names them.
    public static IReadOnlyList<string> TimeZones { get; } =
        TimeZoneInfo.GetSystemTimeZones().Select(z => z.Id).Order(StringComparer.Ordinal).ToList();
}
