using System.Net;
using AngleSharp.Dom;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Callbacks;

// What the callback tests do over and over: log a request, open its page, post the callback form.
public static class CallbackSteps
{
    public static async Task<long> LogAsync(HttpClient api, DateTimeOffset receivedAt, DateTimeOffset? deadline = null)
    {
        var response = await api.PostJsonAsync("/api/requests", ApiClient.Claire(receivedAt, deadline));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (long)(await response.JsonAsync())["id"]!;
    }

    // Posts the request page's callback form with its own defaults (who, antiforgery token) and the given fields.
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, long requestId, IDictionary<string, string> fields)
    {
        var page = await client.GetPageAsync($"/requests/{requestId}");
        var form = page.QuerySelector("#callback-form") ?? throw new InvalidOperationException("No callback form on the page.");
        var values = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
            ["UserId"] = form.QuerySelector("#callback-user option[selected]")?.GetAttribute("value") ?? "",
        };
        foreach (var (key, value) in fields) values[key] = value;
        return await client.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(values));
    }

    // Posts a callback's Done or Cancel button on the request page.
    public static async Task<HttpResponseMessage> PressAsync(HttpClient client, long requestId, long callbackId, string button)
    {
        var page = await client.GetPageAsync($"/requests/{requestId}");
        var form = page.QuerySelector($"li[data-callback-id='{callbackId}'] button.{button}")!.Closest("form")!;
        var values = form.QuerySelectorAll("input").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
        return await client.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(values));
    }

    public static IElement? Callback(IDocument page, long callbackId) => page.QuerySelector($"li[data-callback-id='{callbackId}']");
}
