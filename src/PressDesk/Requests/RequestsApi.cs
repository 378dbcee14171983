using PressDesk.Accounts;
using PressDesk.Api;
using PressDesk.Prep;

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
    };

    public static IEndpointRouteBuilder MapRequestsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/requests").WithTags("Requests").RequireAuthorization(AccountsExtensions.ApiPolicy);

        api.MapPost("/", CreateAsync)
            .Accepts<NewRequestBody>("application/json")
            .Produces<RequestResource>(StatusCodes.Status201Created)
            .ProducesValidationProblem();
        api.MapGet("/", ListAsync)
            .Produces<RequestPage>()
            .ProducesValidationProblem();
        api.MapGet("/{id:long}", GetAsync)
            .WithName("GetRequest")
            .Produces<RequestResource>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/{id:long}/response", RespondAsync)
            .Accepts<ResponseBody>("application/json")
            .Produces<RequestResource>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    private static async Task<IResult> CreateAsync(
        HttpRequest http, RequestValidator validator, RequestStore store, ResponseClock clock, RequestChangeSignal changes)
    {
        var (body, problem) = await JsonBody.ReadAsync<NewRequestBody>(http);
        if (problem is not null) return problem;

        var validated = validator.Validate(new RequestInput
        {
            JournalistId = body!.Journalist?.Id,
            JournalistName = body.Journalist?.Name,
            Outlet = body.Journalist?.Outlet,
            Topic = body.Topic,
            Question = body.Question,
            Channel = body.Channel,
            ReceivedAt = body.ReceivedAt,
            Deadline = body.Deadline,
        });
        if (!validated.IsValid) return ValidationProblem(validated.Errors);

        var id = await store.CreateAsync(validated.Value!, http.HttpContext.RequestAborted);
        if (id is null)
            return ValidationProblem(new Dictionary<string, string[]>
            {
                [nameof(RequestInput.JournalistId)] = [$"No journalist has id {body.Journalist!.Id}."],
            });
        changes.Notify();

        var created = (await store.GetAsync(id.Value))!;
        return Results.Created($"/api/requests/{id}", RequestResource.From(created, clock.Read(created.ReceivedAt, created.RespondedAt)));
    }

    private static async Task<IResult> ListAsync(
        HttpContext http, RequestStore store, PrepStore preps, ResponseClock clock, string? status, string? page, string? pageSize)
    {
        var errors = new Dictionary<string, string[]>();
        var pageNumber = ParseInt(page, 1, 1, int.MaxValue / MaxPageSize, "page", errors);
        var size = ParseInt(pageSize, DefaultPageSize, 1, MaxPageSize, "pageSize", errors);
        var openOnly = status is null ? false
            : status.Equals("open", StringComparison.OrdinalIgnoreCase) ? true
            : (bool?)null;
        if (openOnly is null) errors["status"] = ["The only status filter is 'open'."];
        if (errors.Count > 0) return Results.ValidationProblem(errors);

        var (items, hasMore) = await store.ListAsync(pageNumber, size, openOnly!.Value, http.RequestAborted);
        var prepOf = await preps.GetManyAsync(items.Select(r => r.Id).ToList(), http.RequestAborted);
        var next = hasMore
            ? $"/api/requests?page={pageNumber + 1}&pageSize={size}{(openOnly.Value ? "&status=open" : "")}"
            : null;
        return Results.Ok(new RequestPage(
            items.Select(r => RequestResource.From(r, clock.Read(r.ReceivedAt, r.RespondedAt))
                with { Prep = PrepResource.From(prepOf.GetValueOrDefault(r.Id)) }).ToList(),
            pageNumber, size, hasMore, next));
    }

    private static async Task<IResult> GetAsync(long id, RequestStore store, PrepStore preps, ResponseClock clock, CancellationToken ct)
    {
        var request = await store.GetAsync(id, ct);
        return request is null
            ? NotFound(id)
            : Results.Ok(RequestResource.From(request, clock.Read(request.ReceivedAt, request.RespondedAt))
                with { Prep = PrepResource.From(await preps.GetAsync(id, ct)) });
    }

    private static async Task<IResult> RespondAsync(
        long id, HttpRequest http, RequestValidator validator, RequestStore store, PrepStore preps, ResponseClock clock, RequestChangeSignal changes)
    {
        var request = await store.GetAsync(id, http.HttpContext.RequestAborted);
        if (request is null) return NotFound(id);

        var (body, problem) = await JsonBody.ReadAsync<ResponseBody>(http, optional: true);
        if (problem is not null) return problem;

        var validated = validator.Validate(
            new ResponseInput { RespondedAt = body?.RespondedAt, Declined = body?.Declined ?? false, Note = body?.Note },
            request);
        if (!validated.IsValid) return ValidationProblem(validated.Errors);

        var outcome = await store.RespondAsync(id, validated.Value!, http.HttpContext.RequestAborted);
        if (outcome == RespondOutcome.NotFound) return NotFound(id);
        if (outcome == RespondOutcome.AlreadyAnswered)
            return Results.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: "This request already has a response.",
                detail: $"Request {id} is {request.Status}; a response is recorded once.");
        changes.Notify();

        var updated = (await store.GetAsync(id))!;
        return Results.Ok(RequestResource.From(updated, clock.Read(updated.ReceivedAt, updated.RespondedAt))
            with { Prep = PrepResource.From(await preps.GetAsync(id)) });
    }

    private static IResult NotFound(long id) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such request.", detail: $"There is no request with id {id}.");

    private static IResult ValidationProblem(IReadOnlyDictionary<string, string[]> errors) =>
        Results.ValidationProblem(
            errors.ToDictionary(kv => JsonFieldOf.GetValueOrDefault(kv.Key) ?? CamelCase(kv.Key), kv => kv.Value),
            title: "The request has invalid fields.");

    private static string CamelCase(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    private static int ParseInt(string? text, int fallback, int min, int max, string name, Dictionary<string, string[]> errors)
    {
        if (text is null) return fallback;
        if (int.TryParse(text, out var value) && value >= min && value <= max) return value;
        errors[name] = [$"{name} must be a whole number from {min} to {max}."];
        return fallback;
    }
}
