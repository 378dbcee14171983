using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Dom;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Journalists;

// The import page's two steps, as a browser posts them.
public static class CsvUpload
{
    public static async Task<IDocument> PreviewCsvAsync(this HttpClient client, byte[] content, string fileName = "journalists.csv")
    {
        var page = await client.GetPageAsync("/journalists/import");
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", fileName);
        form.Add(new StringContent(page.AntiforgeryToken()), "__RequestVerificationToken");
        var response = await client.PostAsync("/journalists/import?handler=Preview", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await Forms.ParseAsync(response);
    }

    public static Task<HttpResponseMessage> ConfirmCsvAsync(this HttpClient client, IDocument preview, string? token = null) =>
        client.PostFormAsync("/journalists/import", preview,
            new Dictionary<string, string> { ["token"] = token ?? preview.QuerySelector("input[name=token]")!.GetAttribute("value")! },
            "Confirm");

    public static List<(string Row, string Column)> Problems(IDocument preview) =>
        preview.QuerySelectorAll("#import-problems tbody tr")
            .Select(tr => (tr.GetAttribute("data-row")!, tr.GetAttribute("data-column")!)).ToList();
}
