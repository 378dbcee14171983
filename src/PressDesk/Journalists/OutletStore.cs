using Dapper;
using PressDesk.Data;

namespace PressDesk.Journalists;

public sealed class OutletInput
{
    public string? Name { get; set; }
    public string? Country { get; set; }
    public string? Type { get; set; }
    public string? ReviewNorm { get; set; }
    public string? Language { get; set; }
}

public sealed record OutletFields(string Name, string? Country, OutletType? Type, ReviewNorm ReviewNorm, string? Language = null);

public sealed class OutletStore(Database database, TimeProvider time)
{

    private const string SelectOutlet = """
        SELECT o.id, o.name, o.country, o.type, o.review_norm AS ReviewNorm, o.language,
               (SELECT count(*) FROM journalists j WHERE j.outlet_id = o.id AND j.erased_at IS NULL) AS Journalists
        FROM outlets o
        """;

    public async Task<IReadOnlyList<Outlet>> ListAsync(CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        var rows = await connection.QueryAsync<Row>($"{SelectOutlet} ORDER BY o.name");
        return rows.Select(r => r.ToOutlet()).ToList();
    }

    public async Task<Outlet?> GetAsync(long id, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<Row>($"{SelectOutlet} WHERE o.id = @id", new { id });
        return row?.ToOutlet();
    }

    // A null id creates the outlet. A name that another outlet already has is a Duplicate.
    public async Task<(SaveOutcome Outcome, long Id)> SaveAsync(long? id, OutletFields fields, CancellationToken ct = default)
    {
        var now = time.GetUtcNow().ToUnixMs();
        await using var connection = await database.OpenAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        var sameName = await connection.ExecuteScalarAsync<long?>("SELECT id FROM outlets WHERE name = @Name", new { fields.Name }, tx);
        if (sameName is { } other && other != id) return (SaveOutcome.Duplicate, other);

        var values = new { id, fields.Name, fields.Country, type = fields.Type?.ToString(), norm = fields.ReviewNorm.ToString(), fields.Language, now };
        long savedId;
        if (id is null)
        {
            savedId = await connection.ExecuteScalarAsync<long>("""
                INSERT INTO outlets (name, country, type, review_norm, language, created_at, updated_at)
                VALUES (@Name, @Country, @type, @norm, @Language, @now, @now) RETURNING id
                """, values, tx);
        }
        else
        {
            var changed = await connection.ExecuteAsync("""
                UPDATE outlets SET name = @Name, country = @Country, type = @type, review_norm = @norm, language = @Language, updated_at = @now
                WHERE id = @id
                """, values, tx);
            if (changed == 0) return (SaveOutcome.NotFound, id.Value);
            savedId = id.Value;
        }
        await tx.CommitAsync(ct);
        return (SaveOutcome.Saved, savedId);
    }

    private sealed class Row
    {
        public long Id { get; init; }
        public string Name { get; init; } = "";
        public string? Country { get; init; }
        public string? Type { get; init; }
        public string ReviewNorm { get; init; } = "";
        public long Journalists { get; init; }
        public string? Language { get; init; }

        public Outlet ToOutlet() => new(
            Id, Name, Country,
            Enum.TryParse<OutletType>(Type, out var type) ? type : null,
            Enum.Parse<ReviewNorm>(ReviewNorm),
            (int)Journalists,
            Language);
    }
}
