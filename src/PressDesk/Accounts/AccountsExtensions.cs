using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
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
            .Validate(o => o.FreeFailures >= 0, "PressDesk:SignIn:FreeFailures must be zero or more.")
            .Validate(o => o.FirstDelay > TimeSpan.Zero && o.MaxDelay >= o.FirstDelay, "PressDesk:SignIn:FirstDelay must be positive and PressDesk:SignIn:MaxDelay at least FirstDelay.")
            .ValidateOnStart();
        services.AddOptions<BootstrapOptions>().BindConfiguration(BootstrapOptions.Section);

        services.AddSingleton<PasswordPolicy>();
        services.AddSingleton<AccountValidator>();
        services.AddSingleton<AccountProfileValidator>();
        services.AddSingleton<SetupChoicesValidator>();
        services.AddSingleton<ApiKeyValidator>();
        services.AddSingleton<UserStore>();
        services.AddSingleton<RemoveMember>();
        services.AddSingleton<SessionStore>();
        services.AddSingleton<AccountPasswords>();
        services.AddSingleton<NewPasswordValidator>();
        services.AddSingleton<PasswordChange>();
        services.AddSingleton<PasswordResetLinks>();
        services.AddSingleton<SignInAttempts>();
        services.AddSingleton<SignInService>();
        services.AddSingleton<CookieSessions>();
        services.AddSingleton<ApiKeyStore>();

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
            var scopes = BootstrapScopes(options.ApiKeyScopes);
            // Its name is stored like a name the owner gave, so it is written in the install's language.
            using (app.Services.GetRequiredService<IOptions<CultureOptions>>().UseDefaultCulture())
            {
                var name = app.Services.GetRequiredService<IStringLocalizer<ApiKeyStore>>()["Bootstrap key (from configuration)"].Value;
                await app.Services.GetRequiredService<ApiKeyStore>().EnsureAsync(name, options.ApiKey, scopes);
            }
        }
    }

    // Null when the setting is empty: the key keeps its scopes, or a new one gets the default.
    private static IReadOnlyList<string>? BootstrapScopes(string? setting)
    {
        if (string.IsNullOrWhiteSpace(setting)) return null;
        var named = setting.Split([' ', ',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (named.FirstOrDefault(s => !ApiScopes.IsKnown(s)) is { } unknown)
            throw new InvalidOperationException(
                $"PressDesk:Bootstrap:ApiKeyScopes: '{unknown}' is not a scope; use {string.Join(", ", ApiScopes.All.Select(s => s.Scope))}.");
        return ApiScopes.Normalize(named);
    }
}

// The log lines of this file, as source-generated LoggerMessage methods (no boxing, no parsing of the template per call).
internal static partial class BootstrapLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Created the owner account {Email} from PressDesk:Bootstrap")]
    public static partial void OwnerCreated(this ILogger logger, string email);
}
