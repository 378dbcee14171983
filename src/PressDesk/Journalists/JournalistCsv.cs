using System.Globalization;
using System.Text;
using PressDesk.Localization;
using CsvHelper;
using PressDesk.Validation;

namespace PressDesk.Journalists;

// A problem in an uploaded file: Row 1 is the header, data rows count from 2 as a spreadsheet shows them.
// Column is the column's English name (a stable key); Header is what the file's first line calls it.
public sealed record ImportProblem(int Row, string Column, string Message, string? Header = null)
{
    public string Shown(CultureInfo culture) =>
        Header ?? CsvColumns.All.FirstOrDefault(c => c.English == Column)?.Header(culture) ?? Column;
}

public sealed record ImportRow(int Row, string? Name, string? Outlet, JournalistFields? Fields, IReadOnlyList<ImportProblem> Problems)
{
    public bool IsValid => Fields is not null && Problems.Count == 0;
}

public sealed record ImportPreview(char Separator, IReadOnlyList<ImportRow> Rows, IReadOnlyList<ImportProblem> FileProblems)
{
    public IReadOnlyList<ImportRow> ValidRows => FileProblems.Count > 0 ? [] : Rows.Where(r => r.IsValid).ToList();
    public IEnumerable<ImportProblem> Problems => FileProblems.Concat(Rows.SelectMany(r => r.Problems));
}

// The directory as CSV, and back. Columns are matched by name (English or French, see CsvColumns),
// in any order, letter case and accents. The separator (semicolon, comma, tab or |) is the one the
// header line uses; a byte order mark is skipped, and a file that is not UTF-8 is read as
// Windows-1252, what French Excel saves as "CSV (séparateur : point-virgule)".
public static class JournalistCsv
{
    public const int MaxBytes = 1024 * 1024;
    public const int MaxRows = 5000;

    // Spreadsheets' formula characters, which the export escapes with a leading apostrophe.
    private const string FormulaStart = "=@+-\t\r";

    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    public static string Decode(byte[] content)
    {
        string text;
        try { text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(content); }
        catch (DecoderFallbackException) { text = Windows1252.GetString(content); }
        return text.TrimStart('\uFEFF');
    }

    // Reads and validates every row; stores nothing. Duplicates of journalists already in the
    // directory are found by the caller, which knows the database.
    public static ImportPreview Preview(string text, JournalistValidator validator, Func<string, object[], string> localize)
    {
        text = SkipSeparatorHint(text, out var hinted);
        var separator = hinted ?? DetectSeparator(text);
        using var csv = CsvReader.FromText(text, CsvReaderOptions.Default with
        {
            SkipEmptyLines = true,
            Separator = separator,
        });
        var fileProblems = new List<ImportProblem>();
        var headers = csv.Headers.ToList();
        if (headers.Count == 0 || headers.All(h => h.Trim().Length == 0))
            return new ImportPreview(separator, [], [new ImportProblem(1, "", localize("The file is empty: the first line must name the columns.", []))]);

        var index = new Dictionary<string, (int Index, string Header)>();
        for (var i = 0; i < headers.Count; i++)
        {
            var header = headers[i].Trim();
            if (header.Length == 0) continue;
            if (CsvColumns.Find(header) is { } column) index.TryAdd(column.Field, (i, header));
            else if (fileProblems.All(p => p.Header != header))
                fileProblems.Add(new ImportProblem(1, header, localize("Unknown column; expected some of: {0}.",
                    [CsvColumns.Expected(CultureInfo.CurrentUICulture)]), header));
        }
        if (!index.ContainsKey(CsvColumns.Name.Field))
            fileProblems.Insert(0, new ImportProblem(1, CsvColumns.Name.English,
                localize("The required column '{0}' is missing from the first line.", [CsvColumns.Name.Header(CultureInfo.CurrentUICulture)])));
        if (fileProblems.Count > 0) return new ImportPreview(separator, [], fileProblems);

        var rows = new List<ImportRow>();
        var seen = new Dictionary<(string, string), int>();
        while (csv.Read())
        {
            var rowNumber = (int)csv.RowNumber + 1;
            if (rows.Count == MaxRows)
            {
                fileProblems.Add(new ImportProblem(rowNumber, "", localize("The file has more rows than one import takes; split it into smaller files.", [])));
                break;
            }
            string? Field(CsvColumn column) =>
                index.TryGetValue(column.Field, out var at) && at.Index < csv.FieldCount ? Unescape(csv.GetString(at.Index)) : null;
            ImportProblem Problem(string field, string message)
            {
                var column = CsvColumns.OfField(field);
                return new ImportProblem(rowNumber, column.English, message, index.TryGetValue(field, out var at) ? at.Header : null);
            }

            var input = new JournalistInput
            {
                Name = Field(CsvColumns.Name),
                Outlet = Field(CsvColumns.Outlet),
                Beat = Field(CsvColumns.Beat),
                Email = Field(CsvColumns.Email),
                Phone = Field(CsvColumns.Phone),
                PreferredChannel = CsvColumns.ChannelText(Field(CsvColumns.PreferredChannel)),
                Notes = Field(CsvColumns.Notes),
                Language = Field(CsvColumns.Language),
            };
            var validated = validator.Validate(input);
            var problems = validated.Errors
                .SelectMany(e => e.Value.Select(message => Problem(e.Key, message)))
                .ToList();
            if (validated.Value is { } fields)
            {
                var key = (fields.Name.ToLowerInvariant(), (fields.Outlet ?? "").ToLowerInvariant());
                if (seen.TryGetValue(key, out var first))
                    problems.Add(Problem(CsvColumns.Name.Field, localize("The same journalist as row {0}.", [first])));
                else seen[key] = rowNumber;
            }
            rows.Add(new ImportRow(rowNumber, FieldErrors.CleanLine(input.Name), FieldErrors.CleanLine(input.Outlet),
                problems.Count == 0 ? validated.Value : null, problems));
        }
        return new ImportPreview(separator, rows, fileProblems);
    }

    // In the reader's language, as their spreadsheet opens it with a double click: French Excel
    // splits on semicolons, English on commas. Both get a byte order mark, without which Excel
    // reads UTF-8 as the local code page and "Libération" comes out as "LibÃ©ration".
    public static async Task WriteAsync(Stream destination, IEnumerable<Journalist> journalists, CultureInfo culture, CancellationToken ct)
    {
        await using var csv = CsvWriter.Create(destination, CsvWriterOptions.Default with
        {
            Separator = Languages.IsFrench(culture) ? ';' : ',',
            WriteByteOrderMark = true,
        }, leaveOpen: true);
        csv.WriteHeader(CsvColumns.All.Select(c => c.Header(culture)).ToArray());
        foreach (var j in journalists)
            await csv.WriteRecordAsync(new[]
            {
                j.Name, j.Outlet, j.Beat, j.Email, j.Phone, CsvColumns.ChannelCell(j.PreferredChannel, culture), j.Notes, j.Language,
            }.Select(Escape).ToArray(), ct);
    }

    // A cell a spreadsheet would run as a formula gets a leading apostrophe, which shows it as text.
    // A phone number ("+33 6 12 34 56 78", "-", "(0)1 23...") starts like one but holds nothing a
    // formula could call or reach, so it is written as it is.
    public static string? Escape(string? cell) =>
        cell is { Length: > 0 } && FormulaStart.Contains(cell[0]) && !IsPhoneLike(cell) ? "'" + cell : cell;

    private static bool IsPhoneLike(string cell) =>
        cell.Any(char.IsAsciiDigit) && cell.All(c => char.IsAsciiDigit(c) || c is ' ' or '.' or '-' or '(' or ')' or '+' or '/');

    // The header line's own separator: the candidate it holds most of, outside quotes; a comma for a
    // single column.
    private static char DetectSeparator(string text)
    {
        var counts = new Dictionary<char, int> { [';'] = 0, [','] = 0, ['\t'] = 0, ['|'] = 0 };
        var quoted = false;
        foreach (var c in text)
        {
            if (c == '"') quoted = !quoted;
            else if (!quoted && c is '\r' or '\n') break;
            else if (!quoted && counts.TryGetValue(c, out var count)) counts[c] = count + 1;
        }
        var best = counts.MaxBy(kv => kv.Value);
        return best.Value > 0 ? best.Key : ',';
    }

    // Excel's "sep=;" first line names the separator and is not a header.
    private static string SkipSeparatorHint(string text, out char? separator)
    {
        separator = null;
        if (!text.StartsWith("sep=", StringComparison.OrdinalIgnoreCase) || text.Length < 5) return text;
        var end = text.IndexOf('\n');
        var line = (end < 0 ? text : text[..end]).TrimEnd('\r');
        if (line.Length != 5) return text;
        separator = line[4];
        return end < 0 ? "" : text[(end + 1)..];
    }

    // Undoes the export's formula escape, so an exported file imports back as it was.
    private static string Unescape(string value) =>
        value.Length > 1 && value[0] == '\'' && FormulaStart.Contains(value[1]) ? value[1..] : value;
}
