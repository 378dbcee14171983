using System.Data;
using Dapper;
using PressDesk.Data;

namespace PressDesk.Journalists;

public sealed record JournalistChoice(long Id, string Name, string? Outlet)
{
    public string Label => Outlet is null ? Name : $"{Name} — {Outlet}";
}

public sealed class JournalistStore(Database database, TimeProvider time)
{
    public async Task<IReadOnlyList<JournalistChoice>> ListChoicesAsync(CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        var rows = await connection.QueryAsync<JournalistChoice>("""
            SELECT j.id, j.name, o.name AS outlet
            FROM journalists j LEFT JOIN outlets o ON o.id = j.outlet_id
            ORDER BY j.name, o.name
            """);
        return rows.ToList();
    }

    public async Task<bool> ExistsAsync(IDbConnection connection, IDbTransaction tx, long id) =>
        await connection.ExecuteScalarAsync<bool>("SELECT EXISTS (SELECT 1 FROM journalists WHERE id = @id)", new { id }, tx);

    // Same name at the same outlet (ignoring case) is the same person; otherwise a new record.
    public async Task<long> FindOrCreateAsync(IDbConnection connection, IDbTransaction tx, string name, string? outlet)
    {
        var now = time.GetUtcNow().ToUnixMs();
        long? outletId = null;
        if (!string.IsNullOrEmpty(outlet))
        {
            await connection.ExecuteAsync(
                "INSERT INTO outlets (name, created_at) VALUES (@outlet, @now) ON CONFLICT (name) DO NOTHING",
                new { outlet, now }, tx);
            outletId = await connection.ExecuteScalarAsync<long>("SELECT id FROM outlets WHERE name = @outlet", new { outlet }, tx);
        }

        var existing = await connection.ExecuteScalarAsync<long?>(
            "SELECT id FROM journalists WHERE name = @name AND ifnull(outlet_id, 0) = ifnull(@outletId, 0)",
            new { name, outletId }, tx);
        return existing ?? await connection.ExecuteScalarAsync<long>(
            "INSERT INTO journalists (name, outlet_id, created_at) VALUES (@name, @outletId, @now) RETURNING id",
            new { name, outletId, now }, tx);
    }
}
