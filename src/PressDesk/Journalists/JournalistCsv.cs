using System.Globalization;
using System.Text;
using CsvHelper;
using PressDesk.Requests;
using PressDesk.Validation;

namespace PressDesk.Journalists;

// A problem in an uploaded file: Row 1 is the header, data rows count from 2 as a spreadsheet shows them.
public sealed record ImportProblem(int Row, string Column, string Message);

public sealed record ImportRow(int Row, string? Name, string? Outlet, JournalistFields? Fields, IReadOnlyList<ImportProblem> Problems)
{
    public bool IsValid => Fields is not null && Problems.Count == 0;
}

public sealed record ImportPreview(char Separator, IReadOnlyList<ImportRow> Rows, IReadOnlyList<ImportProblem> FileProblems)
{
    public IReadOnlyList<ImportRow> ValidRows => FileProblems.Count > 0 ? [] : Rows.Where(r => r.IsValid).ToList();
    public IEnumerable<ImportProblem> Problems => FileProblems.Concat(Rows.SelectMany(r => r.Problems));
}

// The directory as CSV, and back. Columns are matched by name, in any order and letter case;
// the separator (comma, semicolon, tab or |) is detected, a byte order mark is skipped, and a
// file that is not UTF-8 is read as Latin-1 (what older spreadsheets save).
public static class JournalistCsv
{
    public const int MaxBytes = 1024 * 1024;
    public const int MaxRows = 5000;

    public static readonly string[] Columns = ["name", "outlet", "beat", "email", "phone", "preferred_channel", "notes"];

    private static readonly Dictionary<string, string> ColumnOfField = new()
    {
        [nameof(JournalistInput.Name)] = "name",
        [nameof(JournalistInput.Outlet)] = "outlet",
        [nameof(JournalistInput.Beat)] = "beat",
        [nameof(JournalistInput.Email)] = "email",
        [nameof(JournalistInput.Phone)] = "phone",
        [nameof(JournalistInput.PreferredChannel)] = "preferred_channel",
        [nameof(JournalistInput.Notes)] = "notes",
    };

    // Spreadsheets' formula characters, which the export escapes with a leading apostrophe.
    private const string FormulaStart = "=@+-\t\r";

    public static string Decode(byte[] content)
    {
        string text;
        try { text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(content); }
        catch (DecoderFallbackException) { text = Encoding.Latin1.GetString(content); }
        return text.TrimStart('\uFEFF');
    }

    // Reads and validates every row; stores nothing. Duplicates of journalists already in the
    // directory are found by the caller, which knows the database.
    public static ImportPreview Preview(string text, JournalistValidator validator, Func<string, string> localize)
    {
        using var csv = CsvReader.FromText(text, CsvReaderOptions.Default with { SkipEmptyLines = true });
        var fileProblems = new List<ImportProblem>();
        var headers = csv.Headers.Select(Normalize).ToList();
        if (headers.Count == 0 || headers.All(h => h.Length == 0))
            return new ImportPreview(',', [], [new ImportProblem(1, "", localize("The file is empty: the first line must name the columns."))]);
        var separator = csv.Separator;

        var index = Columns.ToDictionary(c => c, c => headers.IndexOf(c));
        if (index["name"] < 0)
            fileProblems.Add(new ImportProblem(1, "name", localize("The required column 'name' is missing from the first line.")));
        foreach (var unknown in headers.Where(h => h.Length > 0 && !Columns.Contains(h)).Distinct())
            fileProblems.Add(new ImportProblem(1, unknown, localize("Unknown column; expected some of: name, outlet, beat, email, phone, preferred_channel, notes.")));
        if (fileProblems.Count > 0) return new ImportPreview(separator, [], fileProblems);

        var rows = new List<ImportRow>();
        var seen = new Dictionary<(string, string), int>();
        while (csv.Read())
        {
            var rowNumber = (int)csv.RowNumber + 1;
            if (rows.Count == MaxRows)
            {
                fileProblems.Add(new ImportProblem(rowNumber, "", localize("The file has more rows than one import takes; split it into smaller files.")));
                break;
            }
            string? Field(string column) =>
                index[column] is var i && i >= 0 && i < csv.FieldCount ? Unescape(csv.GetString(i)) : null;

            var input = new JournalistInput
            {
                Name = Field("name"),
                Outlet = Field("outlet"),
                Beat = Field("beat"),
                Email = Field("email"),
                Phone = Field("phone"),
                PreferredChannel = Field("preferred_channel"),
                Notes = Field("notes"),
            };
            var validated = validator.Validate(input);
            var problems = validated.Errors
                .SelectMany(e => e.Value.Select(message => new ImportProblem(rowNumber, ColumnOfField[e.Key], message)))
                .ToList();
            if (validated.Value is { } fields)
            {
                var key = (fields.Name.ToLowerInvariant(), (fields.Outlet ?? "").ToLowerInvariant());
                if (seen.TryGetValue(key, out var first))
                    problems.Add(new ImportProblem(rowNumber, "name", string.Format(CultureInfo.CurrentCulture, localize("The same journalist as row {0}."), first)));
                else seen[key] = rowNumber;
            }
            rows.Add(new ImportRow(rowNumber, FieldErrors.CleanLine(input.Name), FieldErrors.CleanLine(input.Outlet),
                problems.Count == 0 ? validated.Value : null, problems));
        }
        return new ImportPreview(separator, rows, fileProblems);
    }

    public static async Task WriteAsync(Stream destination, IEnumerable<Journalist> journalists, CancellationToken ct)
    {
        await using var csv = CsvWriter.Create(destination, CsvWriterOptions.Default with
        {
            Injection = CsvInjection.Escape,
            WriteByteOrderMark = true,
        }, leaveOpen: true);
        csv.WriteHeader(Columns);
        foreach (var j in journalists)
            await csv.WriteRecordAsync([j.Name, j.Outlet, j.Beat, j.Email, j.Phone, j.PreferredChannel?.Name(), j.Notes], ct);
    }

    private static string Normalize(string header) =>
        header.Trim().ToLowerInvariant().Replace(' ', '_').Replace('-', '_');

    // Undoes the export's formula escape, so an exported file imports back as it was.
    private static string Unescape(string value) =>
        value.Length > 1 && value[0] == '\'' && FormulaStart.Contains(value[1]) ? value[1..] : value;
}
