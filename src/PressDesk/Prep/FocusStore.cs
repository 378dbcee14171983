using Dapper;
using PressDesk.Data;

namespace PressDesk.Prep;

public sealed class FocusStore(Database database, TimeProvider time)
{
    public async Task<IReadOnlyList<FocusArea>> ListAsync(CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        var rows = await connection.QueryAsync<(long Id, string Name, string Keywords)>(
            "SELECT id, name, keywords FROM focus_areas ORDER BY name");
        return rows.Select(r => new FocusArea(r.Id, r.Name, r.Keywords.Split('\n'))).ToList();
    }

    // Returns false when another area already has that name.
    public async Task<bool> SaveAsync(long? id, string name, IReadOnlyList<string> keywords, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        var taken = await connection.ExecuteScalarAsync<bool>(
            "SELECT EXISTS (SELECT 1 FROM focus_areas WHERE name = @name AND id IS NOT @id)", new { name, id });
        if (taken) return false;
        var args = new { id, name, keywords = string.Join('\n', keywords), now = time.GetUtcNow().ToUnixMs() };
        await connection.ExecuteAsync(id is null
            ? "INSERT INTO focus_areas (name, keywords, created_at, updated_at) VALUES (@name, @keywords, @now, @now)"
            : "UPDATE focus_areas SET name = @name, keywords = @keywords, updated_at = @now WHERE id = @id", args);
        return true;
    }

    public async Task DeleteAsync(long id, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        await connection.ExecuteAsync("DELETE FROM focus_areas WHERE id = @id", new { id });
    }
}
