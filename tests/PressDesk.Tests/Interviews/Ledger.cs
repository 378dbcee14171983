using System.Globalization;
using System.Net;
using System.Text;
using AngleSharp.Dom;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Interviews;

// QuoteConfirmed is the "Yes, I mean it" a quote that is not on the record needs.
public sealed record StatementRow(string Text, string Level, bool Quote = false, string Agreement = "NotAsked", bool QuoteConfirmed = false, string How = "");

// Records interviews and publications through the pages' forms.
public static class Ledger
{
    public static Task<HttpResponseMessage> SaveInterviewAsync(
        this HttpClient client, long requestId, string format, DateTimeOffset heldAt, params StatementRow[] statements) =>
        client.SaveInterviewAsync(requestId, format, heldAt, notes: "", statements);

    public static async Task<HttpResponseMessage> SaveInterviewAsync(
        this HttpClient client, long requestId, string format, DateTimeOffset heldAt, string notes, params StatementRow[] statements)
    {
        var url = $"/requests/{requestId}/interview";
        var page = await client.GetPageAsync(url);
        var fields = new Dictionary<string, string>
        {
            ["Format"] = format, ["HeldAt"] = heldAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture), ["Notes"] = notes,
        };
        for (var i = 0; i < statements.Length; i++)
        {
            fields[$"Statements[{i}].Text"] = statements[i].Text;
            fields[$"Statements[{i}].Level"] = statements[i].Level;
            if (statements[i].Quote) fields[$"Statements[{i}].IsQuote"] = "true";
            if (statements[i].QuoteConfirmed) fields[$"Statements[{i}].QuoteConfirmed"] = "true";
            fields[$"Statements[{i}].Agreement"] = statements[i].Agreement;
            fields[$"Statements[{i}].AgreementHow"] = statements[i].How;
        }
        return await client.PostFormAsync(url, page, fields);
    }

    public static async Task<HttpResponseMessage> SavePublicationAsync(
        this HttpClient client, long requestId, string title, bool quoted, string article)
    {
        var url = $"/requests/{requestId}/publication";
        var page = await client.GetPageAsync(url);
        return await client.PostFormAsync(url, page, new Dictionary<string, string>
        {
            ["Input.Published"] = "true", ["Input.Title"] = title, ["Input.Url"] = "https://example.org/piece",
            ["Input.PublishedOn"] = PressDeskApp.DefaultStart.ToDateValue(), ["Input.Quoted"] = quoted ? "true" : "false",
            ["Input.AttributionCorrect"] = "true", ["Input.ArticleText"] = article,
        });
    }

    public static async Task SetReviewNormAsync(this HttpClient client, PressDeskApp app, long journalistId, string norm)
    {
        var outletId = await app.Database.ScalarAsync<long>("SELECT outlet_id FROM journalists WHERE id = @journalistId", new { journalistId });
        var url = $"/outlets/edit/{outletId}";
        var page = await client.GetPageAsync(url);
        var name = page.QuerySelector("#Input_Name")!.GetAttribute("value")!;
        var response = await client.PostFormAsync(url, page, new Dictionary<string, string> { ["Input.Name"] = name, ["Input.ReviewNorm"] = norm });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    public static bool FileContains(string path, string text)
    {
        if (!File.Exists(path)) return false;
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray().AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0;
    }

    public static string Texts(this IDocument page, string selector) =>
        string.Join("\n", page.QuerySelectorAll(selector).Select(e => e.TextContent));
}
