namespace PressDesk.Calendar;

public static class CalendarExtensions
{
    public static WebApplicationBuilder AddCalendarFeeds(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<FeedTokens>();
        builder.Services.AddSingleton<FeedSnapshot>();
        builder.Services.AddSingleton<FeedWriter>();
        return builder;
    }
}
