using Microsoft.Extensions.Localization;
using PressDesk.Accounts;
using PressDesk.Validation;
using PressDesk.Web;

namespace PressDesk.Prep;

public static class PrepApi
{
    public const int CheckTextMax = 5000;

    public static IEndpointRouteBuilder MapPrepApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/requests").WithTags("Prep").RequireAuthorization(AccountsExtensions.ApiPolicy)
            .MapPut("/{id:long}/prep", PutAsync)
            .RequireScope(ApiScopes.PrepWrite)
            .Accepts<PrepBody>("application/json")
            .Produces<PrepResource>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        // For the prep page's script: signed in with the session cookie like the page itself.
        var ui = app.MapGroup("/prep").ExcludeFromDescription();
        ui.MapPost("/check", CheckAsync);
        ui.MapGet("/library/search", SearchAsync);
        return app;
    }

    private static async Task<IResult> PutAsync(long id, HttpRequest http, SavePrep savePrep, IStringLocalizer<PrepResource> localizer)
    {
        var (body, problem) = await JsonBody.ReadAsync<PrepBody>(http);
        if (problem is not null) return problem;

        var points = (body!.KeyPoints ?? []).Select(k => k is null ? null : new KeyPointInput
        {
            Text = k.Text,
            Phrasings = (k.Phrasings ?? []).Select(p => p is null ? null : new PhrasingInput { Text = p }).ToList(),
        }).ToList();
        var saved = await savePrep.HandleAsync(id, points, body.Ready ?? false, blankIsUnused: false, ct: http.HttpContext.RequestAborted);
        if (saved is null)
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: localizer["No such request."], detail: localizer["There is no request with id {0}.", id]);
        return saved.IsValid
            ? Results.Ok(PrepResource.From(saved.Value))
            : ValidationDisplay.Problem(saved.Errors, localizer["The prep has invalid fields."]);
    }

    private static async Task<IResult> CheckAsync(HttpRequest http, PhrasingChecker checker, PrepWordStore words, IStringLocalizer<PrepResource> localizer)
    {
        var (body, problem) = await JsonBody.ReadAsync<CheckBody>(http);
        if (problem is not null) return problem;
        var text = body!.Text ?? "";
        if (text.Length > CheckTextMax)
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["text"] = [localizer["Send at most {0} characters.", CheckTextMax]] },
                title: localizer["The text to check is too long."]);
        var report = checker.Check(text, await words.GetAsync(http.HttpContext.RequestAborted));
        return Results.Ok(new
        {
            report.Words,
            report.Sentences,
            report.Seconds,
            report.Summary,
            hints = report.Hints.Select(h => new { kind = h.Kind.ToString().ToLowerInvariant(), h.Message, h.Terms }),
        });
    }

    private static async Task<IResult> SearchAsync(LibraryStore library, IStringLocalizer<PrepResource> localizer, string? q, long? area, long? excludeRequest, CancellationToken ct)
    {
        if (q is { Length: > LibraryStore.QueryMax })
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["q"] = [localizer["Search with at most {0} characters.", LibraryStore.QueryMax]] },
                title: localizer["The search is too long."]);
        var entries = await library.SearchAsync(q, area, excludeRequest, ct: ct);
        return Results.Ok(entries.Select(e => new { e.Id, e.RequestId, e.Topic, e.KeyPoint, e.Phrasing, area = e.FocusAreaName }));
    }
}
