using AngleSharp.Dom;
using PressDesk.Settings;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Settings;

// The Settings page as a browser posts it: one form per group, fields named after the setting's key.
public static class SettingsPage
{
    public const string Url = "/settings";

    public static string Field(string key) => ManagedSettings.Find(key)!.Field;

    // Posts a group's form with these values (by configuration key); the group's other fields keep
    // what the page showed, as in a browser.
    public static Task<HttpResponseMessage> SaveAsync(this HttpClient client, string group, IDictionary<string, string> values) =>
        client.PostGroupAsync("Save", group, values);

    // The group's "send a test" / "test connection" button.
    public static Task<HttpResponseMessage> TestAsync(this HttpClient client, string group, IDictionary<string, string> values) =>
        client.PostGroupAsync("Test", group, values);

    public static string? TestResult(this IDocument page) => page.QuerySelector(".test-result")?.TextContent.Trim();

    private static async Task<HttpResponseMessage> PostGroupAsync(this HttpClient client, string handler, string group, IDictionary<string, string> values)
    {
        var page = await client.GetPageAsync(Url);
        var fields = new Dictionary<string, string>();
        foreach (var setting in ManagedSettings.In(group))
        {
            var shown = page.QuerySelector($"[name='Values[{setting.Field}]']");
            var value = shown switch
            {
                AngleSharp.Html.Dom.IHtmlSelectElement select => select.Value ?? "",
                AngleSharp.Html.Dom.IHtmlInputElement input => input.Value ?? "",
                _ => null,
            };
            if (value is not null) fields[$"Values[{setting.Field}]"] = value;
        }
        foreach (var (key, value) in values) fields[$"Values[{Field(key)}]"] = value;
        return await client.PostFormAsync($"{Url}?handler={handler}&group={Uri.EscapeDataString(group)}", page, fields);
    }

    public static string? ErrorFor(this IDocument page, string key) =>
        page.QuerySelector($"#{Field(key)}-error")?.TextContent.Trim();

    public static string? ShownValue(this IDocument page, string key) =>
        page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>($"#{Field(key)}")?.Value;
}
