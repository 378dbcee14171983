namespace PressDesk.Journalists;

// What an outlet lets a source re-read before publication: its quotes (the usual norm), nothing
// (some outlets refuse any re-reading), or the answers of a Q&A interview. Never the article.
public enum ReviewNorm
{
    QuotesOnly,
    NoReview,
    QaAnswersAllowed,
}

public enum OutletType
{
    Newspaper,
    Magazine,
    Radio,
    Television,
    Online,
    Agency,
    Newsletter,
    Podcast,
    Other,
}

public sealed record Outlet(long Id, string Name, string? Country, OutletType? Type, ReviewNorm ReviewNorm, int Journalists, string? Language = null);

public static class OutletLabels
{
    public static string Label(this ReviewNorm norm) => norm switch
    {
        ReviewNorm.QuotesOnly => "You may offer to re-read your quotes",
        ReviewNorm.NoReview => "No re-reading at all",
        ReviewNorm.QaAnswersAllowed => "Q&A answers may be re-read",
        _ => norm.ToString(),
    };
}
