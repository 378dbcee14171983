using System.Globalization;
using Dapper;
using Microsoft.Extensions.Localization;
using PressDesk.Accounts;
using PressDesk.Data;
using PressDesk.Prep;
using PressDesk.Requests;
using PressDesk.Web;

namespace PressDesk.Routing;

// Take, hand over and "I'm on it" for integrations. An API key acts as the member who created it
// (api_keys.created_by, an owner on Team › API keys): "take" is a hand-over to that member, and
// only a request they have can be acknowledged. A key with no such member (the bootstrap key from
// the configuration, or one whose creator left) logs and reads requests but cannot act as anyone.
public static class AssignmentApi
{
    public static IEndpointRouteBuilder MapAssignmentApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/requests").WithTags("Requests").RequireAuthorization(AccountsExtensions.ApiPolicy);
        api.MapPost("/{id:long}/assignment", HandOverAsync)
            .RequireScope(ApiScopes.RequestsWrite)
            .Accepts<AssignmentBody>("application/json")
            .Produces<RequestResource>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/{id:long}/acknowledge", AcknowledgeAsync)
            .RequireScope(ApiScopes.RequestsWrite)
            .Produces<RequestResource>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    private static async Task<IResult> HandOverAsync(
        long id, HttpContext http, AssignRequest assign, Database database, RequestStore store, PrepStore preps, ResponseClock clock,
        IStringLocalizer<AssignRequest> L)
    {
        var (body, problem) = await JsonBody.ReadAsync<AssignmentBody>(http.Request);
        if (problem is not null) return problem;
        if (body!.UserId is not { } to)
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["userId"] = [L["userId is required: the id of the member to give the request to."]] },
                title: L["The request has invalid fields."]);
        if (await ActingMemberAsync(http, database) is not { } by) return NoMember(L);

        var outcome = to == by
            ? await assign.TakeAsync(id, by, http.RequestAborted)
            : await assign.ReassignAsync(id, to, by, http.RequestAborted);
        return outcome == AssignOutcome.UnknownMember
            ? Results.ValidationProblem(new Dictionary<string, string[]> { ["userId"] = [L["No member of the team has the id {0}.", to]] },
                title: L["The request has invalid fields."])
            : await ResultAsync(id, outcome, store, preps, clock, L);
    }

    private static async Task<IResult> AcknowledgeAsync(
        long id, HttpContext http, AssignRequest assign, Database database, RequestStore store, PrepStore preps, ResponseClock clock,
        IStringLocalizer<AssignRequest> L)
    {
        if (await ActingMemberAsync(http, database) is not { } by) return NoMember(L);
        return await ResultAsync(id, await assign.AcknowledgeAsync(id, by, http.RequestAborted), store, preps, clock, L);
    }

    private static async Task<IResult> ResultAsync(
        long id, AssignOutcome outcome, RequestStore store, PrepStore preps, ResponseClock clock, IStringLocalizer L)
    {
        switch (outcome)
        {
            case AssignOutcome.Done when await store.GetAsync(id) is { } request:
                return Results.Ok(RequestResource.From(request, clock.Read(request.ReceivedAt, request.RespondedAt))
                    with { Prep = PrepResource.From(await preps.GetAsync(id)) });
            case AssignOutcome.Answered:
                return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: L["This request is already answered."],
                    detail: L["Request {0} has its response: who has it no longer changes.", id]);
            case AssignOutcome.NotTheAssignee:
                return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: L["This request is someone else's."],
                    detail: L["Only the member who has request {0} can say they are on it. Take it first (POST /api/requests/{0}/assignment).", id]);
            default:
                return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: L["No such request."],
                    detail: L["There is no request with id {0}.", id]);
        }
    }

    private static IResult NoMember(IStringLocalizer L) => Results.Problem(
        statusCode: StatusCodes.Status403Forbidden,
        title: L["This API key acts for no member."],
        detail: L["Taking, handing over and acknowledging are done as the member who created the key. Use a key an owner created under Team › API keys."]);

    // The member the calling key acts as: its creator, while still on the team.
    private static async Task<long?> ActingMemberAsync(HttpContext http, Database database)
    {
        if (!long.TryParse(http.User.FindFirst(ApiKeyAuthentication.KeyIdClaim)?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var keyId))
            return null;
        await using var connection = await database.OpenAsync(http.RequestAborted);
        return await connection.ExecuteScalarAsync<long?>(
            "SELECT u.id FROM api_keys k JOIN users u ON u.id = k.created_by WHERE k.id = @keyId", new { keyId });
    }
}

// userId: the member to give the request to; the key's own member takes it (and is on it).
public sealed record AssignmentBody(long? UserId);
