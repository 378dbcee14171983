using System.Globalization;
using AngleSharp.Dom;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Journalists;

// Builds journalist histories through the public surface: requests through the API, everything
// else through the pages' forms.
public static class Seed
{
    // Tests that move the clock by weeks keep the owner signed in.
    public static readonly Dictionary<string, string?> LongSessions = new()
    {
        ["PressDesk:Sessions:IdleTimeout"] = "400.00:00:00",
        ["PressDesk:Sessions:AbsoluteLifetime"] = "400.00:00:00",
    };

    public static async Task<(long RequestId, long JournalistId)> RequestAsync(
        this HttpClient api, DateTimeOffset receivedAt, TimeSpan? answeredAfter = null,
        string name = "Claire Martin", string outlet = "Les Echos", string topic = "The new energy tariff",
        string question = "Will households pay more this winter?")
    {
        var created = await (await api.PostJsonAsync("/api/requests", new
        {
            journalist = new { name, outlet },
            topic,
            question,
            channel = "phone",
            receivedAt,
        })).JsonAsync();
        var id = (long)created["id"]!;
        if (answeredAfter is { } after)
        {
            var answered = await api.PostJsonAsync($"/api/requests/{id}/response", new { respondedAt = receivedAt + after });
            answered.EnsureSuccessStatusCode();
        }
        return (id, (long)created["journalist"]!["id"]!);
    }

    public static async Task<HttpResponseMessage> SaveJournalistAsync(
        this HttpClient client, long? id, IDictionary<string, string> fields)
    {
        var url = id is null ? "/journalists/edit" : $"/journalists/edit/{id}";
        var page = await client.GetPageAsync(url);
        var values = new Dictionary<string, string>
        {
            ["Input.Name"] = "", ["Input.Outlet"] = "", ["Input.Beat"] = "", ["Input.Email"] = "",
            ["Input.Phone"] = "", ["Input.PreferredChannel"] = "", ["Input.Notes"] = "", ["Input.Language"] = "",
        };
        foreach (var field in page.QuerySelectorAll("form.form [name^='Input.']"))
        {
            var name = field.GetAttribute("name")!;
            values[name] = field is AngleSharp.Html.Dom.IHtmlTextAreaElement area ? area.Value
                : field is AngleSharp.Html.Dom.IHtmlSelectElement select ? select.Value ?? ""
                : field.GetAttribute("value") ?? "";
        }
        foreach (var (key, value) in fields) values["Input." + key] = value;
        return await client.PostFormAsync(url, page, values);
    }

    public static async Task<long> CreateJournalistAsync(this HttpClient client, IDictionary<string, string> fields)
    {
        var response = await client.SaveJournalistAsync(null, fields);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return long.Parse(response.Headers.Location!.OriginalString.Split('/').Last(), CultureInfo.InvariantCulture);
    }

    public static async Task<HttpResponseMessage> PitchAsync(
        this HttpClient client, long journalistId, string subject, bool followUp = false, bool confirm = false, string sentAt = "")
    {
        var url = $"/journalists/{journalistId}";
        var page = await client.GetPageAsync(url);
        var fields = new Dictionary<string, string>
        {
            ["Pitch.SentAt"] = sentAt,
            ["Pitch.Channel"] = "email",
            ["Pitch.Subject"] = subject,
            ["Pitch.FollowUp"] = followUp ? "true" : "false",
        };
        if (confirm) fields["Pitch.Confirm"] = "true";
        return await client.PostFormAsync(url, page, fields, "Pitch");
    }

    public static async Task<IDocument> PitchPageAsync(this HttpClient client, long journalistId, string subject, bool followUp = false)
    {
        var response = await client.PitchAsync(journalistId, subject, followUp);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return await Forms.ParseAsync(response);
    }
}
