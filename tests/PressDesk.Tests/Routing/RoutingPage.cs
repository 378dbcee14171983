using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Routing;

// A member's routing page driven as a browser submits it: every field as the page shows it
// (checked boxes, selected options, typed text), with the changes a test makes on top.
public static class RoutingPage
{
    public static string Url(long memberId) => string.Create(CultureInfo.InvariantCulture, $"/team/members/{memberId}/routing");

    public static async Task<HttpResponseMessage> SaveAsync(
        HttpClient client, long memberId, IDictionary<string, string[]> changes)
    {
        var page = await client.GetPageAsync(Url(memberId));
        var fields = FieldsOf(page).Where(f => !changes.ContainsKey(f.Key)).ToList();
        foreach (var (name, values) in changes) fields.AddRange(values.Select(v => new KeyValuePair<string, string>(name, v)));
        return await client.PostAsync(Url(memberId), new FormUrlEncodedContent(fields));
    }

    public static Task<HttpResponseMessage> SaveAsync(HttpClient client, long memberId, string name, string value) =>
        SaveAsync(client, memberId, new Dictionary<string, string[]> { [name] = [value] });

    public static string Hours(DayOfWeek day) => $"Input.Hours[{day}]";

    private static List<KeyValuePair<string, string>> FieldsOf(IDocument page)
    {
        var form = page.QuerySelector("form.routing-form") ?? throw new InvalidOperationException("No routing form on the page.");
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var input in form.QuerySelectorAll<IHtmlInputElement>("input[name]"))
        {
            if (input.Type is "checkbox" or "radio" && !input.IsChecked) continue;
            fields.Add(new(input.Name!, input.Value));
        }
        foreach (var select in form.QuerySelectorAll<IHtmlSelectElement>("select[name]"))
            fields.Add(new(select.Name!, select.Value ?? ""));
        return fields;
    }
}
