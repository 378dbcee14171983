using System.Data;
using Dapper;
using PressDesk.Localization;
using PressDesk.Prep;

namespace PressDesk.Journalists;

// The language a journalist is written to in. journalists.language and outlets.language hold
// 'fr', 'en' or NULL (migration 0014); a journalist's own language wins, else their outlet's,
// else it is not known (null) and the caller picks its own default.
public static class JournalistLanguage
{
    public static string? Of(string? journalist, string? outlet) => Known(journalist) ?? Known(outlet);

    public static async Task<string?> FindAsync(IDbConnection connection, IDbTransaction? tx, long journalistId) =>
        Known(await connection.ExecuteScalarAsync<string?>("""
            SELECT coalesce(j.language, o.language)
            FROM journalists j LEFT JOIN outlets o ON o.id = j.outlet_id
            WHERE j.id = @journalistId
            """, new { journalistId }, tx));

    // What a form or a CSV cell holds for a language: a code or a culture name ("fr", "FR", "fr-FR",
    // "en-GB") or the language's own name in either language; empty is "not set".
    public static bool TryParse(string? text, out string? code)
    {
        code = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        var folded = Wording.Fold(text.Trim());
        code = folded switch
        {
            "francais" or "french" => Languages.FrenchCode,
            "anglais" or "english" => Languages.EnglishCode,
            _ => Languages.Find(folded) is { } culture ? Languages.CodeOf(culture) : null,
        };
        return code is not null;
    }

    private static string? Known(string? code) => code is Languages.FrenchCode or Languages.EnglishCode ? code : null;
}
