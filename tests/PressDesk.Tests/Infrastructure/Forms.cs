using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace PressDesk.Tests.Infrastructure;

// Reads pages the way a browser would, so form posts carry the antiforgery token from the page.
public static class Forms
{
    public static async Task<IDocument> GetPageAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        response.EnsureSuccessStatusCode();
        return await ParseAsync(response);
    }

    public static async Task<IDocument> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var context = BrowsingContext.New(AngleSharp.Configuration.Default);
        return await context.OpenAsync(req => req.Content(html));
    }

    public static string AntiforgeryToken(this IDocument page) =>
        page.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")?.Value
        ?? throw new InvalidOperationException("The page has no antiforgery token.");

    // Posts the page's first form with the given fields plus its antiforgery token.
    public static Task<HttpResponseMessage> PostFormAsync(
        this HttpClient client, string url, IDocument page, IDictionary<string, string> fields, string? handler = null)
    {
        var values = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = page.AntiforgeryToken() };
        var target = handler is null ? url : $"{url}?handler={handler}";
        return client.PostAsync(target, new FormUrlEncodedContent(values));
    }

    public static async Task<HttpResponseMessage> SignInAsync(this HttpClient client, string email, string password)
    {
        var page = await client.GetPageAsync("/signin");
        return await client.PostFormAsync("/signin", page, new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });
    }

    public static string Text(this IDocument page, string selector) =>
        page.QuerySelector(selector)?.TextContent.Trim()
        ?? throw new InvalidOperationException($"Nothing matches '{selector}'.");
}
