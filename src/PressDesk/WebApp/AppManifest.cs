using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Localization;
using PressDesk.Localization;

namespace PressDesk.WebApp;

// The web app manifest that makes PressDesk installable ("Install app", "Add to Home Screen"): it
// opens on the dashboard, in its own window, with the icons of wwwroot/icons. Written per request
// so its description and shortcut read in the reader's language (account, else browser).
public sealed class AppManifest(IStringLocalizer<AppManifest> localizer)
{
    public const string Path = "/manifest.webmanifest";
    public const string ContentType = "application/manifest+json";

    // The accent blue of site.css and the page background, so the splash screen and the title bar
    // match the app that follows them.
    public const string ThemeColor = "#1f5fbf";
    public const string BackgroundColor = "#f6f7f9";

    public object Write(CultureInfo language)
    {
        using var scope = Languages.Use(language);
        return new
        {
            id = "/",
            name = "PressDesk",
            short_name = "PressDesk",
            description = localizer["Journalist requests and their response clock: call back first."].Value,
            lang = Languages.CodeOf(language),
            dir = "ltr",
            start_url = "/",
            scope = "/",
            display = "standalone",
            theme_color = ThemeColor,
            background_color = BackgroundColor,
            categories = new[] { "business", "productivity" },
            icons = new object[]
            {
                Icon("/icons/icon-192.png", 192, "any"),
                Icon("/icons/icon-512.png", 512, "any"),
                Icon("/icons/maskable-192.png", 192, "maskable"),
                Icon("/icons/maskable-512.png", 512, "maskable"),
            },
            shortcuts = new[]
            {
                new { name = localizer["Log a request"].Value, url = "/requests/new", icons = new[] { Icon("/icons/icon-192.png", 192, "any") } },
            },
        };
    }

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static object Icon(string src, int size, string purpose) =>
        new { src, sizes = $"{size}x{size}", type = "image/png", purpose };
}
