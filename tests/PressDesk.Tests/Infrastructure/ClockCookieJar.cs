using Microsoft.Net.Http.Headers;

namespace PressDesk.Tests.Infrastructure;

// The cookies of an in-process test client, judged on the app's clock.
//
// The tests run the app on a fixed fake instant (PressDeskApp.DefaultStart), so that week
// buckets, quiet hours and daylight saving give the same answer on any real date. The app then
// stamps persistent cookies with that fake time (Expires = fake now + idle timeout). The
// framework's CookieContainer judges Expires by the machine's real clock, so from the day after
// the fake start it dropped the sign-in cookie and every signed-in test was sent to /signin.
// A browser shares its server's clock; in this simulated world that clock is the fake one, so
// this jar asks it. Nothing else about cookies is relaxed: Path, Secure, Max-Age and deletion
// behave as in a browser.
public sealed class ClockCookieJar(TimeProvider clock) : DelegatingHandler
{
    private readonly Lock _lock = new();
    private readonly Dictionary<(string Name, string Path), Stored> _cookies = [];

    private sealed record Stored(string Value, DateTimeOffset? ExpiresAt, bool Secure);

    // The cookies this jar would send to `uri` now, as name → value.
    public IReadOnlyDictionary<string, string> CookiesFor(Uri uri)
    {
        var now = clock.GetUtcNow();
        lock (_lock)
        {
            return _cookies
                .Where(c => Applies(c.Key.Path, c.Value, uri, now))
                .OrderByDescending(c => c.Key.Path.Length)   // as RFC 6265 §5.4 orders them
                .GroupBy(c => c.Key.Name)
                .ToDictionary(g => g.Key, g => g.First().Value.Value);
        }
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var uri = request.RequestUri!;
        var cookies = CookiesFor(uri);
        // Added to any Cookie header the test set itself (a replayed copy), as CookieContainerHandler does.
        if (cookies.Count > 0)
            request.Headers.TryAddWithoutValidation(HeaderNames.Cookie, string.Join("; ", cookies.Select(c => $"{c.Key}={c.Value}")));

        var response = await base.SendAsync(request, cancellationToken);
        if (response.Headers.TryGetValues(HeaderNames.SetCookie, out var values)
            && SetCookieHeaderValue.TryParseList(values.ToList(), out var parsed))
        {
            Store(parsed, uri);
        }
        return response;
    }

    private void Store(IList<SetCookieHeaderValue> cookies, Uri uri)
    {
        var now = clock.GetUtcNow();
        lock (_lock)
        {
            foreach (var cookie in cookies)
            {
                var path = cookie.Path.HasValue ? cookie.Path.Value! : DefaultPath(uri);
                DateTimeOffset? expiresAt = cookie.MaxAge is { } maxAge ? now + maxAge : cookie.Expires;
                var key = (cookie.Name.Value!, path);
                if (expiresAt <= now) _cookies.Remove(key);   // how a server deletes a cookie
                else _cookies[key] = new Stored(cookie.Value.Value ?? "", expiresAt, cookie.Secure);
            }
        }
    }

    private static bool Applies(string path, Stored cookie, Uri uri, DateTimeOffset now) =>
        (cookie.ExpiresAt is null || cookie.ExpiresAt > now)
        && (!cookie.Secure || uri.Scheme == Uri.UriSchemeHttps)
        && PathMatches(uri.AbsolutePath, path);

    private static bool PathMatches(string requestPath, string cookiePath) =>
        requestPath == cookiePath
        || (requestPath.StartsWith(cookiePath, StringComparison.Ordinal)
            && (cookiePath.EndsWith('/') || requestPath[cookiePath.Length] == '/'));

    private static string DefaultPath(Uri uri)
    {
        var path = uri.AbsolutePath;
        var lastSlash = path.LastIndexOf('/');
        return lastSlash <= 0 ? "/" : path[..lastSlash];
    }
}
