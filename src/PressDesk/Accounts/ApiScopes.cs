namespace PressDesk.Accounts;

// What an API key may do, chosen when it is created. A phone system or a mail rule that logs
// requests needs nothing else, hence the default; what was said not on the record leaves PressDesk
// through the API only with a scope named for it.
public static class ApiScopes
{
    public const string ClaimType = "pressdesk:scope";

    public const string RequestsWrite = "requests:write";
    public const string RequestsRead = "requests:read";
    public const string PrepWrite = "prep:write";
    public const string BriefingsRead = "briefings:read";
    public const string BriefingsSealed = "briefings:sealed";

    // In the order the keys page lists them, with what each allows (English text, the localization key).
    public static readonly IReadOnlyList<(string Scope, string Allows)> All =
    [
        (RequestsWrite, "Log requests and record responses: a phone system, a mail rule, a web form."),
        (RequestsRead, "Read requests, their response clocks and their preps."),
        (PrepWrite, "Save a request's prep: key points and phrasings."),
        (BriefingsRead, "Read briefing sheets, without what was said to the journalist before not on the record."),
        (BriefingsSealed, "Read briefing sheets with what was said to the journalist before not on the record. Only for what must have it."),
    ];

    public static readonly IReadOnlyList<string> Default = [RequestsWrite];

    // Keys made before scopes existed keep doing what they could, except reading sealed statements.
    public static readonly IReadOnlyList<string> BeforeScopes = [RequestsWrite, RequestsRead, PrepWrite, BriefingsRead];

    public static bool IsKnown(string scope) => All.Any(s => s.Scope == scope);

    // Stored and configured as one text, space- or comma-separated; kept in the order of All.
    public static IReadOnlyList<string> Parse(string? text) =>
        Normalize((text ?? "").Split([' ', ',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    public static IReadOnlyList<string> Normalize(IEnumerable<string> scopes)
    {
        var set = scopes.ToHashSet(StringComparer.Ordinal);
        return All.Select(s => s.Scope).Where(set.Contains).ToList();
    }

    public static string Format(IEnumerable<string> scopes) => string.Join(' ', Normalize(scopes));
}
