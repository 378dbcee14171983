using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PressDesk.Localization;

namespace PressDesk.WebApp;

// What the service worker shows when a page cannot be reached: precached, so it must hold nothing
// of anyone's data (no layout: no navigation, no signed-in name) and answer without sign-in (the
// worker may fetch it signed out). Its Content-Language lets pwa.js re-cache it when the reader's
// language changes.
[AllowAnonymous]
public sealed class OfflineModel : PageModel
{
    public const string Path = "/offline";

    public void OnGet() =>
        Response.Headers.ContentLanguage = Languages.CodeOf(System.Globalization.CultureInfo.CurrentUICulture);
}
