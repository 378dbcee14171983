using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace PressDesk.Localization;

public static class PageText
{
    /// <summary>A page model's own sentence in the request's language, from its feature's catalogue.</summary>
    public static string Localize(this PageModel page, string key, params object[] arguments) =>
        page.Localizer()[key, arguments];

    /// <summary>The page model's localizer, for plurals.</summary>
    public static IStringLocalizer Localizer(this PageModel page) =>
        page.HttpContext.RequestServices.GetRequiredService<IStringLocalizerFactory>().Create(page.GetType());
}
