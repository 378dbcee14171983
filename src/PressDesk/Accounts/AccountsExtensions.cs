using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using PressDesk.Data;
using PressDesk.Localization;

namespace PressDesk.Accounts;

public static class AccountsExtensions
{
    public const string OwnerPolicy = "Owner";
    public const string ApiPolicy = "Api";
    private const string ByPathScheme = "CookieOrApiKey";

    public static WebApplicationBuilder AddAccounts(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<SessionOptions>().BindConfiguration(SessionOptions.Section)
            .Validate(o => o.IdleTimeout > TimeSpan.Zero, "PressDesk:Sessions:IdleTimeout must be a positive time span.")
            .Validate(o => o.AbsoluteLifetime >= o.IdleTimeout, "PressDesk:Sessions:AbsoluteLifetime must be at least PressDesk:Sessions:IdleTimeout.")
            .ValidateOnStart();
        services.AddOptions<SignInThrottleOptions>().BindConfiguration(SignInThrottleOptions.Section)
            .Validate(o => o.Window > TimeSpan.Zero, "PressDesk:SignIn:Window must be a positive time span.")
            .Validate(o => o.MaxFailuresPerAccount > 0 && o.MaxFailuresPerAddress > 0, "PressDesk:SignIn:MaxFailuresPerAccount and MaxFailuresPerAddress must be positive.")
            .ValidateOnStart();
        services.AddOptions<BootstrapOptions>().BindConfiguration(BootstrapOptions.Section);

        services.AddSingleton<PasswordPolicy>();
        services.AddSingleton<AccountValidator>();
        services.AddSingleton<AccountProfileValidator>();
        services.AddSingleton<SetupChoicesValidator>();
        services.AddSingleton<ApiKeyValidator>();
        services.AddSingleton<UserStore>();
        services.AddSingleton<SessionStore>();
        services.AddSingleton<AccountPasswords>();
        services.AddSingleton<NewPasswordValidator>();
        services.AddSingleton<PasswordChange>();
        services.AddSingleton<PasswordResetLinks>();
        services.AddSingleton<SignInAttempts>();
        services.AddSingleton<SignInService>();
        services.AddSingleton<CookieSessions>();
        services.AddSingleton<ApiKeyStore>();

        // Keys that protect cookies and antiforgery tokens live beside the database, so a restart
        // keeps everyone signed in. Configured late because the data folder comes from options.
        services.AddDataProtection().SetApplicationName("PressDesk");
        services.AddOptions<KeyManagementOptions>()
            .Configure<IOptions<DataOptions>, ILoggerFactory>((keys, data, logs) =>
                keys.XmlRepository = new FileSystemXmlRepository(
                    Directory.CreateDirectory(Path.Combine(Path.GetFullPath(data.Value.DataDirectory), "keys")), logs));

        // Requests under /api authenticate with an API key, everything else with the session cookie,
        // so even an unknown /api path answers 401 rather than a sign-in redirect.
        services.AddAuthentication(ByPathScheme)
            .AddPolicyScheme(ByPathScheme, "Session cookie or API key, by path", options =>
                options.ForwardDefaultSelector = context =>
                    context.Request.Path.StartsWithSegments("/api") ? ApiKeyAuthentication.SchemeName : CookieSessions.Scheme)
            .AddCookie(CookieSessions.Scheme, _ => { })
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.SchemeName, _ => { });
        services.AddOptions<CookieAuthenticationOptions>(CookieSessions.Scheme)
            .Configure<IOptions<SessionOptions>, CookieSessions>((cookie, sessions, validator) =>
            {
                cookie.Cookie.Name = "pressdesk";
                cookie.CookieManager = new SchemeAwareCookieManager("pressdesk");
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Lax;   // Lax: a link from a chat alert still opens the request page
                cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                cookie.ExpireTimeSpan = sessions.Value.IdleTimeout;
                cookie.SlidingExpiration = true;
                cookie.LoginPath = "/signin";
                cookie.LogoutPath = "/signout";
                cookie.Events.OnValidatePrincipal = validator.ValidateAsync;
                cookie.Events.OnRedirectToAccessDenied = context =>
                {
                    context.Response.StatusCode = StatusCodes.Status403Forbidden;
                    return Task.CompletedTask;
                };
            });

        services.AddAuthorizationBuilder()
            // Everything needs a signed-in person (or, under /api, a key) unless it says otherwise.
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(OwnerPolicy, p => p.AddAuthenticationSchemes(CookieSessions.Scheme).RequireRole(Roles.Owner))
            // The API is for keys only; a browser's cookie does not open it.
            .AddPolicy(ApiPolicy, p => p.AddAuthenticationSchemes(ApiKeyAuthentication.SchemeName).RequireAuthenticatedUser());
        return builder;
    }

    // Unattended install: the owner and an API key from configuration, before the app serves.
    public static async Task BootstrapAccountsAsync(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<BootstrapOptions>>().Value;
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("PressDesk.Bootstrap");

        if (!string.IsNullOrWhiteSpace(options.OwnerEmail) || !string.IsNullOrEmpty(options.OwnerPassword))
        {
            var validated = app.Services.GetRequiredService<AccountValidator>().Validate(options.OwnerEmail, options.OwnerPassword);
            if (!validated.IsValid)
                throw new InvalidOperationException(string.Join(" ", validated.Errors.SelectMany(
                    e => e.Value.Select(problem => $"PressDesk:Bootstrap:Owner{e.Key}: {problem}"))));
            var email = validated.Value!.Email;

            // Hashing is deliberately slow (about 0.1 s); once an owner exists there is nothing to create,
            // so later starts skip it. CreateFirstOwnerAsync still settles a race with /setup.
            var users = app.Services.GetRequiredService<UserStore>();
            if (!await users.AnyAsync())
            {
                var hash = app.Services.GetRequiredService<PasswordPolicy>().Hash(options.OwnerPassword!);
                if (await users.CreateFirstOwnerAsync(email!, hash) is not null)
                    logger.OwnerCreated(email);
            }
        }

        if (!string.IsNullOrEmpty(options.ApiKey))
        {
            if (options.ApiKey.Length < ApiKeyStore.MinBootstrapKeyLength || options.ApiKey.Any(char.IsWhiteSpace))
                throw new InvalidOperationException(
                    $"PressDesk:Bootstrap:ApiKey must be at least {ApiKeyStore.MinBootstrapKeyLength} characters without spaces (for example the output of 'openssl rand -hex 32').");
            // Its name is stored like a name the owner gave, so it is written in the install's language.
            using (app.Services.GetRequiredService<IOptions<CultureOptions>>().UseDefaultCulture())
            {
                var name = app.Services.GetRequiredService<IStringLocalizer<ApiKeyStore>>()["Bootstrap key (from configuration)"].Value;
                await app.Services.GetRequiredService<ApiKeyStore>().EnsureAsync(name, options.ApiKey);
            }
        }
    }
}

// The log lines of this file, as source-generated LoggerMessage methods (no boxing, no parsing of the template per call).
internal static partial class BootstrapLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Created the owner account {Email} from PressDesk:Bootstrap")]
    public static partial void OwnerCreated(this ILogger logger, string email);
}
