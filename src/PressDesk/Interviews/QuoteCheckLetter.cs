using System.Globalization;
using Dapper;
using PressDesk.Data;
using PressDesk.Localization;

namespace PressDesk.Interviews;

// What a quote-check template sees (README: "Quote-check message"), as plain text: the message is
// copied into an email app, never shown as HTML, so nothing is escaped here; the page encodes it.
public sealed record QuoteCheckLetter(
    QuoteCheckJournalist Journalist, QuoteCheckRequest Request, bool Answers, IReadOnlyList<string> Quotes, QuoteCheckSignature Signature);

public sealed record QuoteCheckJournalist(string Name, string? Outlet);

public sealed record QuoteCheckRequest(long Id, string Topic);

// The signed-in user's account: display name, job title and phone from their settings; their
// email address always, for a template to sign with when there is no name.
public sealed record QuoteCheckSignature(string? Name, string? JobTitle, string? Phone, string? Email);

public enum QuoteCheckLanguageSource { Journalist, Outlet, Default }

public sealed record QuoteCheckLanguage(CultureInfo Culture, QuoteCheckLanguageSource Source)
{
    // The journalist's language, else their outlet's, else PressDesk:Culture: the message goes to
    // the journalist, so the user's own page language has no say.
    public static QuoteCheckLanguage Choose(string? journalist, string? outlet, CultureInfo fallback) =>
        Languages.Find(journalist) is { } own ? new(own, QuoteCheckLanguageSource.Journalist)
        : Languages.Find(outlet) is { } outlets ? new(outlets, QuoteCheckLanguageSource.Outlet)
        : new(fallback, QuoteCheckLanguageSource.Default);

    public static async Task<QuoteCheckLanguage> OfJournalistAsync(Database database, long journalistId, CultureInfo fallback, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<(string? Journalist, string? Outlet)>("""
            SELECT j.language AS Journalist, o.language AS Outlet
            FROM journalists j LEFT JOIN outlets o ON o.id = j.outlet_id
            WHERE j.id = @journalistId
            """, new { journalistId });
        return Choose(row.Journalist, row.Outlet, fallback);
    }
}
