namespace PressDesk.Requests;

public static class RequestsExtensions
{
    public static WebApplicationBuilder AddRequests(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ResponseTimeOptions>()
            .BindConfiguration(ResponseTimeOptions.Section)
            .Validate(o => o.Target > TimeSpan.Zero, "PressDesk:ResponseTime:Target must be a positive time span, such as 00:30:00.")
            .Validate(o => o.WarnAfter > TimeSpan.Zero, "PressDesk:ResponseTime:WarnAfter must be a positive time span, such as 00:15:00.")
            .Validate(o => o.WarnAfter < o.Target, "PressDesk:ResponseTime:WarnAfter must be shorter than PressDesk:ResponseTime:Target.")
            .Validate(o => o.DeadlineLead >= TimeSpan.Zero, "PressDesk:ResponseTime:DeadlineLead must not be negative.")
            .ValidateOnStart();

        builder.Services.AddSingleton<RequestStore>();
        builder.Services.AddSingleton<ResponseClock>();
        builder.Services.AddSingleton<RequestValidator>();
        builder.Services.AddSingleton<RequestLifecycle>();
        builder.Services.AddSingleton<LogRequest>();
        builder.Services.AddSingleton<RespondToRequest>();
        builder.Services.AddSingleton<CorrectRequest>();
        builder.Services.AddSingleton<RequestSearch>();
        builder.Services.AddSingleton<RequestPageCache>();
        builder.Services.AddSingleton(typeof(FiguresCache<>));
        builder.Services.AddSingleton<WeeklyResponseTimes>();
        return builder;
    }
}
