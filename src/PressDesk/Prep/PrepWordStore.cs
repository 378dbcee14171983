using Dapper;
using PressDesk.Data;

namespace PressDesk.Prep;

// The user's own hedging words and jargon, added to the shipped lists by the phrasing checks.
public sealed class PrepWordStore(Database database, TimeProvider time)
{
    public async Task<UserWords> GetAsync(CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        var rows = (await connection.QueryAsync<(string Kind, string Word)>("SELECT kind, word FROM prep_words ORDER BY id")).ToList();
        return new UserWords(
            rows.Where(r => r.Kind == "hedge").Select(r => r.Word).ToList(),
            rows.Where(r => r.Kind == "jargon").Select(r => r.Word).ToList());
    }

    // Replaces both lists at once, so a failed save leaves the old lists as they were.
    public async Task ReplaceAsync(UserWords words, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        await connection.ExecuteAsync("DELETE FROM prep_words", transaction: tx);
        var now = time.GetUtcNow().ToUnixMs();
        var rows = words.Hedges.Select(w => new { kind = "hedge", word = w, now })
            .Concat(words.Jargon.Select(w => new { kind = "jargon", word = w, now }));
        await connection.ExecuteAsync(
            "INSERT OR IGNORE INTO prep_words (kind, word, created_at) VALUES (@kind, @word, @now)", rows, tx);
        await tx.CommitAsync(ct);
    }
}
