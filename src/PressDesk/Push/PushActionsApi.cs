using PressDesk.Routing;

namespace PressDesk.Push;

// POST /push/actions/{token} {"action": "acknowledge" | "away"}: what the service worker sends when
// a notification's button is pressed. No cookie and no antiforgery token: the token is the
// capability (see PushActionToken), and a page of another site cannot read one. A token that was
// tampered with or has expired, or that does not grant the action, is 404, as for any unknown address.
// The path holds the token, so it is never logged: Microsoft.AspNetCore logs at Warning (no request
// lines), and nothing here writes it.
public static class PushActionsApi
{
    public static IEndpointRouteBuilder MapPushActions(this IEndpointRouteBuilder app)
    {
        app.MapPost("/push/actions/{token}", ActAsync).AllowAnonymous().DisableAntiforgery().ExcludeFromDescription();
        return app;
    }

    public sealed record ActionBody(string? Action);

    private static async Task<IResult> ActAsync(
        string token, HttpContext http, PushActionToken tokens, AssignRequest assign, Away away, TimeProvider time,
        ILogger<PushActionToken> logger)
    {
        if (tokens.Unprotect(token) is not { } grant) return Results.NotFound();
        var (body, problem) = await Web.JsonBody.ReadAsync<ActionBody>(http.Request);
        if (problem is not null) return problem;
        if (body!.Action is not { } action || !grant.Actions.Contains(action)) return Results.NotFound();

        if (action == PushActions.Acknowledge)
        {
            var outcome = await assign.AcknowledgeAsync(grant.RequestId, grant.UserId, http.RequestAborted);
            logger.Acknowledged(grant.RequestId, grant.UserId, outcome);
            return outcome switch
            {
                AssignOutcome.Done => Results.NoContent(),
                AssignOutcome.NotFound => Results.NotFound(),
                // Answered, or escalated to someone else meanwhile: nothing of theirs to acknowledge.
                _ => Results.Problem(statusCode: StatusCodes.Status409Conflict, title: outcome.ToString()),
            };
        }
        var set = await away.SetAsync(grant.UserId, time.GetUtcNow() + PushActions.AwayFor, null, http.RequestAborted);
        logger.WentAway(grant.RequestId, grant.UserId, set);
        return set == AwayOutcome.Done ? Results.NoContent() : Results.NotFound();
    }
}

internal static partial class PushActionsLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "\"I'm on it\" from a notification about request {RequestId} by member {UserId}: {Outcome}")]
    public static partial void Acknowledged(this ILogger logger, long requestId, long userId, AssignOutcome outcome);

    [LoggerMessage(Level = LogLevel.Information, Message = "\"Away 1 h\" from a notification about request {RequestId} by member {UserId}: {Outcome}")]
    public static partial void WentAway(this ILogger logger, long requestId, long userId, AwayOutcome outcome);
}
