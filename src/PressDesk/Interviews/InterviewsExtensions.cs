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
        return builder;
    }
}
