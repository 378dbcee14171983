using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace PressDesk.Localization;

public sealed class CultureOptions
{
    // The language of pages before anyone says otherwise, and of what PressDesk writes with no
    // person in the loop (webhook and email alerts, the drop folder's reason files).
    public string Culture { get; set; } = "fr-FR";

    public CultureInfo Default => Languages.Find(Culture) ?? Languages.French;
}

public static class LocalizationExtensions
{
    public static WebApplicationBuilder AddPressDeskLocalization(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<CultureOptions>().BindConfiguration("PressDesk")
            .Validate(o => Languages.Find(o.Culture) is not null,
                "PressDesk:Culture must be a French or English culture, such as fr-FR or en-GB.")
            .ValidateOnStart();
        builder.Services.AddSingleton<TextCatalogue>();
        builder.Services.AddSingleton<IStringLocalizerFactory, FeatureLocalizerFactory>();
        builder.Services.AddTransient(typeof(IStringLocalizer<>), typeof(StringLocalizer<>));
        builder.Services.AddOptions<RequestLocalizationOptions>().Configure<IOptions<CultureOptions>>((options, culture) =>
        {
            var fallback = culture.Value.Default;
            options.DefaultRequestCulture = new RequestCulture(fallback);
            options.SupportedCultures = [.. Languages.All];
            options.SupportedUICultures = [.. Languages.All];
            options.RequestCultureProviders = [new AccountLanguage(), new BrowserLanguage()];
        });
        return builder;
    }

    /// <summary>Sets each request's culture; after authentication, which reads the account's language.</summary>
    public static WebApplication UsePressDeskLocalization(this WebApplication app)
    {
        app.UseRequestLocalization();
        return app;
    }

    /// <summary>The configured language, for text written with no person in the loop.</summary>
    public static CultureScope UseDefaultCulture(this IOptions<CultureOptions> options) => Languages.Use(options.Value.Default);
}
