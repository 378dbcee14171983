using System.Text.Json;
using Microsoft.Extensions.Localization;

namespace PressDesk.Web;

// Reads a JSON body ourselves so malformed JSON gets problem details naming the bad field,
// instead of the framework's bare 400.
public static class JsonBody
{
    public static async Task<(T? Body, IResult? Problem)> ReadAsync<T>(HttpRequest request, bool optional = false)
        where T : class
    {
        // In the caller's language, like every other problem the API returns.
        var L = request.HttpContext.RequestServices.GetRequiredService<IStringLocalizerFactory>().Create(typeof(JsonBody));
        if (optional && request.ContentLength is null or 0 && request.Headers.TransferEncoding.Count == 0)
            return (null, null);
        if (!request.HasJsonContentType())
            return (null, Results.Problem(
                statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: L["Send the body as JSON."],
                detail: L["Set the Content-Type header to application/json."]));
        try
        {
            var body = await request.ReadFromJsonAsync<T>(request.HttpContext.RequestAborted);
            return body is null && !optional
                ? (null, Results.Problem(statusCode: 400, title: L["The request body is empty."], detail: L["Send a JSON object."]))
                : (body, null);
        }
        catch (JsonException e)
        {
            var field = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "body" : e.Path.TrimStart('$', '.');
            return (null, Results.ValidationProblem(
                new Dictionary<string, string[]> { [field] = [Explain(e, L)] },
                title: L["The request body is not valid JSON."]));
        }
    }

    // System.Text.Json's messages name .NET types; say what the sender should send instead.
    private static string Explain(JsonException e, IStringLocalizer L) =>
        e.Message.Contains("could not be converted", StringComparison.Ordinal)
            ? L["This value has the wrong type or format. Dates are ISO-8601 with an offset, such as 2026-11-28T14:05:00+01:00; ids are numbers; the rest are strings."]
            : IsDuplicateKey(e)
                ? L["This key appears more than once; send each key once."]
                : L["This is not well-formed JSON (line {0}, byte {1}).", (e.LineNumber ?? 0) + 1, (e.BytePositionInLine ?? 0) + 1];

    // Thrown because the serializer options refuse duplicates (see AddPressDeskWeb); its path names the key.
    public static bool IsDuplicateKey(JsonException e) => e.Message.StartsWith("Duplicate property", StringComparison.Ordinal);
}
