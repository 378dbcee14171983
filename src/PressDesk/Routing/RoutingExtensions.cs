namespace PressDesk.Routing;

public static class RoutingExtensions
{
    public static WebApplicationBuilder AddRequestRouting(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<Roster>();
        builder.Services.AddSingleton<Router>();
        builder.Services.AddSingleton<AssignRequest>();
        builder.Services.AddSingleton<AssignmentHistory>();
        builder.Services.AddSingleton<Away>();
        builder.Services.AddSingleton<MemberRouting>();
        builder.Services.AddSingleton<TeamRouting>();
        builder.Services.AddSingleton<TeamPresence>();
        return builder;
    }
}
