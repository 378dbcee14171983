namespace PressDesk.Statistics;

public static class StatisticsExtensions
{
    public static WebApplicationBuilder AddStatistics(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<WeeklyResponseTimes>();
        return builder;
    }
}
