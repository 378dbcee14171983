using PressDesk.Accounts;
using PressDesk.Prep;
using PressDesk.Validation;
using PressDesk.Web;

namespace PressDesk.Requests;

public static class RequestsApi
{
    public const int DefaultPageSize = 25;
    public const int MaxPageSize = 100;

    // API error keys follow the JSON body, not the C# input.
    private static readonly Dictionary<string, string> JsonFieldOf = new()
    {
        [nameof(RequestInput.JournalistId)] = "journalist.id",
        [nameof(RequestInput.JournalistName)] = "journalist.name",
        [nameof(RequestInput.Outlet)] = "journalist.outlet",
        [nameof(RequestInput.JournalistPhone)] = "journalist.phone",
        [nameof(RequestInput.JournalistEmail)] = "journalist.email",
    };

    public static IEndpointRouteBuilder MapRequestsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/requests").WithTags("Requests").RequireAuthorization(AccountsExtensions.ApiPolicy);

        api.MapPost("/", CreateAsync)
            .RequireScope(ApiScopes.RequestsWrite)
            .Accepts<NewRequestBody>("application/json")
            .Produces<RequestResource>(StatusCodes.Status201Created)
            .ProducesValidationProblem();
        api.MapGet("/", ListAsync)
            .RequireScope(ApiScopes.RequestsRead)
            .Produces<RequestPage>()
            .ProducesValidationProblem();
        api.MapGet("/{id:long}", GetAsync)
            .RequireScope(ApiScopes.RequestsRead)
            .WithName("GetRequest")
            .Produces<RequestResource>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/{id:long}/response", RespondAsync)
            .RequireScope(ApiScopes.RequestsWrite)
            .Accepts<ResponseBody>("application/json")
            .Produces<RequestResource>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    private static async Task<IResult> CreateAsync(HttpRequest http, LogRequest logRequest, RequestStore store, ResponseClock clock)
    {
        var (body, problem) = await JsonBody.ReadAsync<NewRequestBody>(http);
        if (problem is not null) return problem;

        var logged = await logRequest.HandleAsync(new RequestInput
        {
            JournalistId = body!.Journalist?.Id,
            JournalistName = body.Journalist?.Name,
            Outlet = body.Journalist?.Outlet,
            JournalistPhone = body.Journalist?.Phone,
            JournalistEmail = body.Journalist?.Email,
            Topic = body.Topic,
            Question = body.Question,
            Channel = body.Channel,
            ReceivedAt = body.ReceivedAt,
            Deadline = body.Deadline,
        }, ct: http.HttpContext.RequestAborted);
        if (!logged.IsValid) return ValidationProblem(logged.Errors);

        var created = (await store.GetAsync(logged.Value))!;
        return Results.Created($"/api/requests/{logged.Value}", RequestResource.From(created, clock.Read(created.ReceivedAt, created.RespondedAt)));
    }

    private static async Task<IResult> ListAsync(
        HttpContext http, RequestStore store, PrepStore preps, ResponseClock clock, RequestPageCache firstPages,
        string? status, string? page, string? pageSize)
    {
        var errors = new Dictionary<string, string[]>();
        var pageNumber = ParseInt(page, 1, 1, int.MaxValue / MaxPageSize, "page", errors);
        var size = ParseInt(pageSize, DefaultPageSize, 1, MaxPageSize, "pageSize", errors);
        var openOnly = status is null ? false
            : status.Equals("open", StringComparison.OrdinalIgnoreCase) ? true
            : (bool?)null;
        if (openOnly is null) errors["status"] = ["The only status filter is 'open'."];
        if (errors.Count > 0) return Results.ValidationProblem(errors);

        async Task<RequestPage> LoadAsync()
        {
            var (items, hasMore) = await store.ListAsync(pageNumber, size, openOnly!.Value, http.RequestAborted);
            var prepOf = await preps.GetManyAsync(items.Select(r => r.Id).ToList(), http.RequestAborted);
            var next = hasMore
                ? $"/api/requests?page={pageNumber + 1}&pageSize={size}{(openOnly.Value ? "&status=open" : "")}"
                : null;
            return new RequestPage(
                items.Select(r => RequestResource.From(r, clock.Read(r.ReceivedAt, r.RespondedAt))
                    with { Prep = PrepResource.From(prepOf.GetValueOrDefault(r.Id)) }).ToList(),
                pageNumber, size, hasMore, next);
        }

        return pageNumber == 1
            ? Results.Bytes(await firstPages.GetAsync(openOnly!.Value, size, LoadAsync), "application/json; charset=utf-8")
            : Results.Ok(await LoadAsync());
    }

    private static async Task<IResult> GetAsync(long id, RequestStore store, PrepStore preps, ResponseClock clock, CancellationToken ct)
    {
        var request = await store.GetAsync(id, ct);
        return request is null
            ? NotFound(id)
            : Results.Ok(RequestResource.From(request, clock.Read(request.ReceivedAt, request.RespondedAt))
                with { Prep = PrepResource.From(await preps.GetAsync(id, ct)) });
    }

    private static async Task<IResult> RespondAsync(long id, HttpRequest http, RespondToRequest respond, PrepStore preps, ResponseClock clock)
    {
        var (body, problem) = await JsonBody.ReadAsync<ResponseBody>(http, optional: true);
        if (problem is not null) return problem;

        var input = new ResponseInput { RespondedAt = body?.RespondedAt, Declined = body?.Declined ?? false, Note = body?.Note };
        return await respond.HandleAsync(id, input, http.HttpContext.RequestAborted) switch
        {
            RespondResult.Recorded { Request: var updated } =>
                Results.Ok(RequestResource.From(updated, clock.Read(updated.ReceivedAt, updated.RespondedAt))
                    with { Prep = PrepResource.From(await preps.GetAsync(id)) }),
            RespondResult.Invalid invalid => ValidationProblem(invalid.Errors),
            RespondResult.AlreadyAnswered answered => Results.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: answered.Message,
                detail: $"Request {id} is {answered.Request.Status}; a response is recorded once."),
            _ => NotFound(id),
        };
    }

    private static IResult NotFound(long id) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such request.", detail: $"There is no request with id {id}.");

    private static IResult ValidationProblem(IReadOnlyDictionary<string, string[]> errors) =>
        ValidationDisplay.Problem(errors, "The request has invalid fields.", JsonFieldOf);

    private static int ParseInt(string? text, int fallback, int min, int max, string name, Dictionary<string, string[]> errors)
    {
        if (text is null) return fallback;
        if (int.TryParse(text, out var value) && value >= min && value <= max) return value;
        errors[name] = [$"{name} must be a whole number from {min} to {max}."];
        return fallback;
    }
}
