using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using PressDesk.Web;

namespace PressDesk.Journalists;

// The directory as CSV (in the columns the import reads), one journalist as a vCard, and
// everything held about one journalist as JSON. Signed in, like the pages that link to them.
public static class JournalistDownloads
{
    // Accents and other letters as they are ("Énergie", not "\u00C9nergie"): the file is a download
    // served as application/json, never embedded in a page, so the relaxed encoder is safe here.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerOptions.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static IEndpointRouteBuilder MapJournalistDownloads(this IEndpointRouteBuilder app)
    {
        var downloads = app.MapGroup("/journalists").ExcludeFromDescription();
        downloads.MapGet("/export.csv", CsvAsync);
        downloads.MapGet("/{id:long}/vcard", VCardAsync);
        downloads.MapGet("/{id:long}/personal-data", PersonalDataAsync);
        return app;
    }

    private static async Task<IResult> CsvAsync(JournalistStore journalists, TimeProvider time, CancellationToken ct)
    {
        var buffer = new MemoryStream();
        await JournalistCsv.WriteAsync(buffer, await journalists.ListAllAsync(ct), CultureInfo.CurrentUICulture, ct);
        return Download.File(buffer.ToArray(), "text/csv; charset=utf-8", $"journalists-{time.GetUtcNow():yyyy-MM-dd}.csv");
    }

    private static async Task<IResult> VCardAsync(long id, JournalistStore journalists, CancellationToken ct) =>
        await journalists.GetAsync(id, ct) is { IsErased: false } journalist
            ? Download.Text(VCard.Write(journalist), "text/vcard; charset=utf-8", $"journalist-{id}.vcf")
            : Results.NotFound();

    private static async Task<IResult> PersonalDataAsync(long id, PersonalData personalData, CancellationToken ct) =>
        await personalData.ExportAsync(id, ct) is { } export
            ? Download.File(JsonSerializer.SerializeToUtf8Bytes(export, Json), "application/json", $"journalist-{id}-personal-data.json")
            : Results.NotFound();
}
