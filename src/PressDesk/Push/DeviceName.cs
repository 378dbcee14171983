namespace PressDesk.Push;

// A first name for a device, from its browser's User-Agent ("Firefox on Android"); the user can rename it.
public static class DeviceName
{
    public static string FromUserAgent(string? userAgent)
    {
        var ua = userAgent ?? "";
        var browser = Has(ua, "Edg/") ? "Edge"
            : Has(ua, "OPR/") ? "Opera"
            : Has(ua, "SamsungBrowser") ? "Samsung Internet"
            : Has(ua, "Firefox/") || Has(ua, "FxiOS") ? "Firefox"
            : Has(ua, "Chrome/") || Has(ua, "CriOS") || Has(ua, "Chromium/") ? "Chrome"
            : Has(ua, "Safari/") ? "Safari"
            : null;
        // iPadOS says "Macintosh": a touch Mac is told apart in the browser only, so it stays "Mac" here.
        var system = Has(ua, "iPhone") ? "iPhone"
            : Has(ua, "iPad") ? "iPad"
            : Has(ua, "Android") ? "Android"
            : Has(ua, "Windows") ? "Windows"
            : Has(ua, "Mac OS X") || Has(ua, "Macintosh") ? "Mac"
            : Has(ua, "CrOS") ? "ChromeOS"
            : Has(ua, "Linux") ? "Linux"
            : null;
        return (browser, system) switch
        {
            ({ } b, { } s) => $"{b} · {s}",
            ({ } b, null) => b,
            (null, { } s) => s,
            _ => "Browser",
        };
    }

    private static bool Has(string ua, string part) => ua.Contains(part, StringComparison.OrdinalIgnoreCase);
}
