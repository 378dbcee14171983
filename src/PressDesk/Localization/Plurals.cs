using System.Globalization;
using Microsoft.AspNetCore.Mvc.Localization;
using Microsoft.Extensions.Localization;

namespace PressDesk.Localization;

// The CLDR cardinal rule for "one" in the two languages: French puts 0 and 1 in the singular
// ("0 demande", "1,5 heure"), English only 1. Each sentence then has two keys, both English
// ("{0} journalist", "{0} journalists"), and the catalogue translates each.
public static class Plurals
{
    public static bool IsOne(decimal count, CultureInfo culture) =>
        Languages.IsFrench(culture) ? Math.Abs(count) < 2 : count == 1;

    /// <summary>The singular or plural sentence for <paramref name="count"/>, which is {0}; further arguments are {1}, {2}...</summary>
    public static LocalizedString Plural(this IStringLocalizer localizer, decimal count, string one, string other, params object[] more) =>
        localizer[IsOne(count, CultureInfo.CurrentUICulture) ? one : other, [count, .. more]];

    /// <inheritdoc cref="Plural(IStringLocalizer, decimal, string, string, object[])"/>
    public static LocalizedHtmlString Plural(this IHtmlLocalizer localizer, decimal count, string one, string other, params object[] more) =>
        localizer[IsOne(count, CultureInfo.CurrentUICulture) ? one : other, [count, .. more]];

    // A view's plural as a plain string, to put inside another sentence: a LocalizedHtmlString's
    // Value is the text before formatting ("{0} rows"), so its formatted string comes from GetString.
    public static string PluralString(this IHtmlLocalizer localizer, decimal count, string one, string other) =>
        localizer.GetString(IsOne(count, CultureInfo.CurrentUICulture) ? one : other, count).Value;
}
