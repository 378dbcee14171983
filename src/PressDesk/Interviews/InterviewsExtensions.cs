namespace PressDesk.Interviews;

public static class InterviewsExtensions
{
    public static WebApplicationBuilder AddInterviews(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<StatementProtector>();
        builder.Services.AddSingleton<InterviewValidator>();
        builder.Services.AddSingleton<InterviewStore>();
        builder.Services.AddSingleton<PublicationValidator>();
        builder.Services.AddSingleton<PublicationStore>();
        builder.Services.AddSingleton<QuoteCheck>();
        builder.Services.AddSingleton<LedgerQueries>();
        builder.Services.AddSingleton<QuotedByResponseTime>();
        builder.Services.AddSingleton<LedgerSealing>();
        return builder;
    }

    // Before serving: nothing an earlier version left in clear is shown from a plain column again.
    public static Task SealLedgerTextAsync(this WebApplication app) =>
        app.Services.GetRequiredService<LedgerSealing>().SealPlainTextAsync();
}
