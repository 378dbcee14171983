using Microsoft.AspNetCore.Mvc.Localization;
using PressDesk.Localization;

namespace PressDesk.Journalists;

public static class PluralText
{
    // How long since a contact, in whole days: "today" rather than "0 days ago".
    public static LocalizedHtmlString DaysAgo(this IHtmlLocalizer localizer, int days) =>
        days == 0 ? localizer["today"] : localizer.Plural(days, "{0} day ago", "{0} days ago");
}
