using System.Globalization;
using Microsoft.Extensions.Options;

namespace PressDesk.Hosting;

public sealed class DisplayTimeOptions
{
    // An IANA or Windows time zone id ("Europe/Paris"); empty means the server's own zone.
    // Times typed into forms are read in this zone and pages show times in it.
    public string? TimeZone { get; set; }
}

// Read on each use, so a time zone changed on the Settings page applies without a restart.
public sealed class DisplayTime(IOptionsMonitor<DisplayTimeOptions> options)
{
    public TimeZoneInfo Zone => options.CurrentValue.TimeZone is { Length: > 0 } id && !string.IsNullOrWhiteSpace(id)
        ? TimeZoneInfo.FindSystemTimeZoneById(id)
        : TimeZoneInfo.Local;

    public DateTime ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone).DateTime;

    // Years outside 1900–9998 (a typo in a date field) are clamped, so converting cannot overflow
    // DateTimeOffset; the validators then reject such times with a message.
    public DateTimeOffset FromLocal(DateTime local)
    {
        var clamped = local.Year < 1900 ? new DateTime(1900, 1, 1) : local.Year > 9998 ? new DateTime(9998, 12, 31) : local;
        var unspecified = DateTime.SpecifyKind(clamped, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, Zone.GetUtcOffset(unspecified));
    }

    public string Format(DateTimeOffset instant) => ToLocal(instant).ToString("ddd d MMM yyyy, HH:mm", CultureInfo.CurrentCulture);

    public string FormatTime(DateTimeOffset instant) => ToLocal(instant).ToString("HH:mm", CultureInfo.CurrentCulture);
}

public static class DisplayTimeExtensions
{
    public static WebApplicationBuilder AddDisplayTime(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<DisplayTimeOptions>()
            .BindConfiguration("PressDesk")
            .Validate(
                o => string.IsNullOrWhiteSpace(o.TimeZone) || TimeZoneInfo.TryFindSystemTimeZoneById(o.TimeZone, out _),
                "PressDesk:TimeZone is not a time zone id this machine knows (try one like 'Europe/Paris').")
            .ValidateOnStart();
        builder.Services.AddSingleton<DisplayTime>();
        builder.Services.AddOptions<SiteOptions>().BindConfiguration("PressDesk")
            .Validate(o => o.PublicUrl.IsAbsoluteUri && o.PublicUrl.Scheme is "http" or "https",
                "PressDesk:PublicUrl must be an absolute http or https address, such as https://pressdesk.example.org.")
            .ValidateOnStart();
        return builder;
    }
}
