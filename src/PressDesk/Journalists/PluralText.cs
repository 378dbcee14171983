using System.Globalization;
using Microsoft.AspNetCore.Mvc.Localization;
using PressDesk.Localization;

namespace PressDesk.Journalists;

// A view's plural as a plain string, to put inside another sentence: a LocalizedHtmlString's
// Value is the text before formatting ("{0} rows"), so its formatted string comes from GetString.
public static class PluralText
{
    public static string PluralString(this IHtmlLocalizer localizer, decimal count, string one, string other) =>
        localizer.GetString(Plurals.IsOne(count, CultureInfo.CurrentUICulture) ? one : other, count).Value;

    // How long since a contact, in whole days: "today" rather than "0 days ago".
    public static LocalizedHtmlString DaysAgo(this IHtmlLocalizer localizer, int days) =>
        days == 0 ? localizer["today"] : localizer.Plural(days, "{0} day ago", "{0} days ago");
}
