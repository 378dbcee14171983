using Microsoft.AspNetCore.Authentication.Cookies;

namespace PressDesk.Accounts;

// Over HTTPS the session cookie is named "__Host-..." so browsers insist it is Secure, host-only
// and for the whole site; over plain HTTP (a laptop on localhost) that prefix would be refused,
// so the plain name is used there.
public sealed class SchemeAwareCookieManager(string name) : ICookieManager
{
    private readonly ChunkingCookieManager _inner = new();

    public string? GetRequestCookie(HttpContext context, string key) => _inner.GetRequestCookie(context, NameFor(context));

    public void AppendResponseCookie(HttpContext context, string key, string? value, CookieOptions options) =>
        _inner.AppendResponseCookie(context, NameFor(context), value, options);

    public void DeleteCookie(HttpContext context, string key, CookieOptions options) =>
        _inner.DeleteCookie(context, NameFor(context), options);

    private string NameFor(HttpContext context) => context.Request.IsHttps ? $"__Host-{name}" : name;
}
