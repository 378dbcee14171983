using Dapper;
using PressDesk.Data;

namespace PressDesk.Prep;

// The user's own hedging words and jargon, added to the shipped lists by the phrasing checks.
public sealed class PrepWordStore(Database database, TimeProvider time)
{
    public const int WordMax = 60;
    public const int WordsMax = 500;

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

    // One word or expression a line; returns the cleaned list and a message when something is wrong.
    public static (IReadOnlyList<string> Words, string? Error) Parse(string? text)
    {
        var words = (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .DistinctBy(Wording.Fold).ToList();
        if (words.Count > WordsMax) return (words, $"At most {WordsMax} entries.");
        if (words.FirstOrDefault(w => w.Length > WordMax) is { } tooLong)
            return (words, $"An entry is at most {WordMax} characters: “{tooLong[..20]}…” is longer.");
        if (words.FirstOrDefault(w => Wording.Words(w).Length == 0) is { } noWord)
            return (words, $"“{noWord}” has no letter or digit to match.");
        return (words, null);
    }
}
