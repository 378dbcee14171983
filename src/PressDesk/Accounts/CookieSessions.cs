using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;
using PressDesk.Localization;

namespace PressDesk.Accounts;

// Signs people in and out of the UI. The cookie holds only the user and a server-side session
// id; each request checks the session still stands.
public sealed class CookieSessions(SessionStore sessions, IOptionsMonitor<SessionOptions> options)
{
    public const string Scheme = CookieAuthenticationDefaults.AuthenticationScheme;
    public const string SessionClaim = "pressdesk:session";

    public async Task SignInAsync(HttpContext http, User user)
    {
        // A new session id every time: a cookie planted before sign-in is worth nothing after it.
        if (http.User.FindFirstValue(SessionClaim) is { } previous) await sessions.EndAsync(previous);
        var sessionId = await sessions.StartAsync(user.Id);
        await http.SignInAsync(Scheme, Principal(user.Id, user.Email, user.Role, sessionId), new AuthenticationProperties { IsPersistent = true });
    }

    private static ClaimsPrincipal Principal(long userId, string email, string role, string sessionId) =>
        new(new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, userId.ToString(CultureInfo.InvariantCulture)),
                new Claim(ClaimTypes.Name, email),
                new Claim(ClaimTypes.Role, role),
                new Claim(SessionClaim, sessionId),
            ],
            Scheme));

    public async Task SignOutAsync(HttpContext http)
    {
        if (http.User.FindFirstValue(SessionClaim) is { } sessionId) await sessions.EndAsync(sessionId);
        await http.SignOutAsync(Scheme);
    }

    // Runs on every cookie-authenticated request.
    public async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var sessionId = context.Principal?.FindFirstValue(SessionClaim);
        var session = sessionId is null ? null : await sessions.FindActiveAsync(sessionId, options.CurrentValue.AbsoluteLifetime);
        if (session is null || session.UserId.ToString(CultureInfo.InvariantCulture) != context.Principal!.FindFirstValue(ClaimTypes.NameIdentifier))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(Scheme);
        }
        else
        {
            // The role can change under a live session (ownership handed over): the database's word wins.
            if (!context.Principal!.IsInRole(session.Role))
            {
                context.ReplacePrincipal(Principal(session.UserId, session.Email, session.Role, session.Id));
                context.ShouldRenew = true;
            }
            AccountLanguage.Remember(context.HttpContext, session.Language);
        }
    }
}
