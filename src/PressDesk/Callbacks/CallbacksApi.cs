using Microsoft.Extensions.Localization;
using PressDesk.Accounts;
using PressDesk.Validation;

namespace PressDesk.Callbacks;

public static class CallbacksApi
{
    // API error keys follow the JSON body.
    private static readonly Dictionary<string, string> JsonFieldOf = new()
    {
        [nameof(CallbackInput.At)] = "at",
        [nameof(CallbackInput.UserId)] = "userId",
        [nameof(CallbackInput.Note)] = "note",
        [nameof(CallbackInput.CountsAsResponse)] = "countsAsResponse",
        [""] = "request",
    };

    public static IEndpointRouteBuilder MapCallbacksApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/requests/{id:long}/callbacks").WithTags("Callbacks").RequireAuthorization(AccountsExtensions.ApiPolicy);
        api.MapPost("/", ScheduleAsync)
            .RequireScope(ApiScopes.RequestsWrite)
            .Accepts<NewCallbackBody>("application/json")
            .Produces<CallbackResource>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/", ListAsync)
            .RequireScope(ApiScopes.RequestsRead)
            .Produces<IReadOnlyList<CallbackResource>>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/{callbackId:long}", GetAsync)
            .RequireScope(ApiScopes.RequestsRead)
            .Produces<CallbackResource>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<IResult> ScheduleAsync(long id, HttpRequest http, ScheduleCallback callbacks, IStringLocalizer<ScheduleCallback> L)
    {
        var (body, problem) = await Web.JsonBody.ReadAsync<NewCallbackBody>(http);
        if (problem is not null) return problem;
        // An API key acts for no member: the callback goes to userId, else to the request's assignee.
        var input = new CallbackInput(body!.At, body.UserId, body.Note, body.CountsAsResponse ?? false);
        return await callbacks.ScheduleAsync(id, input, actingUserId: null, http.HttpContext.RequestAborted) switch
        {
            CallbackResult.Scheduled { Callback: var c } =>
                Results.Created($"/api/requests/{id}/callbacks/{c.Id}", CallbackResource.From(c)),
            CallbackResult.Invalid invalid => ValidationDisplay.Problem(invalid.Errors, L["The callback has invalid fields."], JsonFieldOf),
            _ => NotFound(id, L),
        };
    }

    private static async Task<IResult> ListAsync(
        long id, Requests.RequestStore requests, CallbackQueries queries, IStringLocalizer<ScheduleCallback> L, CancellationToken ct)
    {
        if (await requests.GetAsync(id, ct) is null) return NotFound(id, L);
        return Results.Ok((await queries.ForRequestAsync(id, ct)).Select(CallbackResource.From).ToList());
    }

    private static async Task<IResult> GetAsync(long id, long callbackId, CallbackQueries queries, IStringLocalizer<ScheduleCallback> L, CancellationToken ct) =>
        await queries.GetAsync(id, callbackId, ct) is { } c
            ? Results.Ok(CallbackResource.From(c))
            : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: L["No such callback."],
                detail: L["Request {0} has no callback with id {1}.", id, callbackId]);

    private static IResult NotFound(long id, IStringLocalizer L) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: L["No such request."], detail: L["There is no request with id {0}.", id]);
}
