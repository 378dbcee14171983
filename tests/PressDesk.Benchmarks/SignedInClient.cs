using System.Net;
using AngleSharp.Html.Parser;

namespace PressDesk.Benchmarks;

public static class SignedInClient
{
    // A browser-like client: cookies, and a sign-in through the form with its antiforgery token.
    public static Task<HttpClient> CreateAsync(string baseUrl) => CreateAsync(baseUrl, new CookieContainer());

    // The session cookie as a Cookie header value, for wrk.
    public static async Task<string> CookieHeaderAsync(string baseUrl)
    {
        var cookies = new CookieContainer();
        using var client = await CreateAsync(baseUrl, cookies);
        return cookies.GetCookieHeader(new Uri(baseUrl));
    }

    private static async Task<HttpClient> CreateAsync(string baseUrl, CookieContainer cookies)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false })
        {
            BaseAddress = new Uri(baseUrl),
        };
        var page = new HtmlParser().ParseDocument(await client.GetStringAsync("/signin"));
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var response = await client.PostAsync("/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = AppProcess.OwnerEmail,
            ["Password"] = AppProcess.OwnerPassword,
            ["__RequestVerificationToken"] = token,
        }));
        if (response.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"Sign-in failed: {(int)response.StatusCode}");
        return client;
    }
}
