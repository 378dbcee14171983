using Dapper;
using Microsoft.Extensions.Localization;
using PressDesk.Data;

namespace PressDesk.Journalists;

public sealed record ImportResult(int Imported, int AlreadyThere);

// CSV import in two steps: a preview that stores nothing, then the import of exactly the rows the
// preview found valid, in one transaction.
public sealed class JournalistImport(
    Database database, JournalistStore journalists, JournalistValidator validator, IStringLocalizer<JournalistImport> localizer)
{
    public async Task<ImportPreview> PreviewAsync(string text, CancellationToken ct = default)
    {
        var preview = JournalistCsv.Preview(text, validator, (message, arguments) => localizer[message, arguments]);
        if (preview.FileProblems.Count > 0) return preview;

        // A row for someone already in the directory is not imported again (merge or edit them instead).
        await using var connection = await database.OpenAsync(ct);
        var rows = new List<ImportRow>();
        foreach (var row in preview.Rows)
        {
            if (row.IsValid && await ExistingAsync(connection, row.Fields!) is { } id)
            {
                rows.Add(row with
                {
                    Fields = null,
                    Problems = [new ImportProblem(row.Row, CsvColumns.Name.English, localizer["Already in the directory (journalist #{0}).", id])],
                });
            }
            else rows.Add(row);
        }
        return preview with { Rows = rows };
    }

    public async Task<(ImportPreview Preview, ImportResult Result)> ImportAsync(string text, CancellationToken ct = default)
    {
        var preview = await PreviewAsync(text, ct);
        await using var connection = await database.OpenAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        int imported = 0, alreadyThere = 0;
        foreach (var row in preview.ValidRows)
        {
            var saved = await journalists.CreateAsync(connection, tx, row.Fields!);
            if (saved.Outcome == SaveOutcome.Saved) imported++;
            else alreadyThere++;   // added by someone else since the preview
        }
        await tx.CommitAsync(ct);
        return (preview, new ImportResult(imported, alreadyThere));
    }

    private static Task<long?> ExistingAsync(System.Data.IDbConnection connection, JournalistFields fields) =>
        connection.ExecuteScalarAsync<long?>("""
            SELECT j.id FROM journalists j LEFT JOIN outlets o ON o.id = j.outlet_id
            WHERE j.name = @Name AND ((@Outlet IS NULL AND j.outlet_id IS NULL) OR o.name = @Outlet)
            """, new { fields.Name, fields.Outlet });
}
