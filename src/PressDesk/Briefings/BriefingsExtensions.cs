using Microsoft.Extensions.Options;
using PressDesk.Accounts;

namespace PressDesk.Briefings;

public static class BriefingsExtensions
{
    public const string MarkdownContentType = "text/markdown; charset=utf-8";

    public static WebApplicationBuilder AddBriefings(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<BriefingOptions>().BindConfiguration(BriefingOptions.Section);
        builder.Services.AddSingleton(sp => new BriefingTemplates(
            sp.GetRequiredService<IOptions<BriefingOptions>>().Value.Resolve(sp.GetRequiredService<IWebHostEnvironment>().ContentRootPath)));
        builder.Services.AddSingleton<BriefingRenderer>();
        builder.Services.AddSingleton<BriefingModelBuilder>();
        builder.Services.AddSingleton<BriefingSheets>();
        return builder;
    }

    public static IEndpointRouteBuilder MapBriefings(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/requests").WithTags("Briefings").RequireAuthorization(AccountsExtensions.ApiPolicy)
            .MapGet("/{id:long}/briefing.md", (long id, BriefingSheets sheets, CancellationToken ct) => MarkdownAsync(id, sheets, null, ct))
            .Produces<string>(StatusCodes.Status200OK, "text/markdown")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status500InternalServerError);

        // The page's download link: the session cookie, like the page (the fallback policy).
        app.MapGet("/requests/{id:long}/briefing.md", (long id, BriefingSheets sheets, HttpResponse response, CancellationToken ct) =>
            MarkdownAsync(id, sheets, response, ct)).ExcludeFromDescription();
        return app;
    }

    // With a response, the Markdown comes as a file to save (the page's download link).
    private static async Task<IResult> MarkdownAsync(long id, BriefingSheets sheets, HttpResponse? download, CancellationToken ct)
    {
        var sheet = await sheets.RenderAsync(id, ct);
        if (sheet is null)
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such request.", detail: $"There is no request with id {id}.");
        if (sheet.Rendered.Error is { } error)
            return Results.Problem(statusCode: StatusCodes.Status500InternalServerError, title: "The briefing template is broken.", detail: Describe(error));
        download?.Headers.ContentDisposition = $"attachment; filename=\"briefing-{id}.md\"";
        return Results.Text(sheet.Rendered.Markdown!, MarkdownContentType);
    }

    public static string Describe(TemplateError error) =>
        error.Line is { } line
            ? $"{error.File}, line {line}, column {error.Column}: {error.Message}"
            : $"{error.File}: {error.Message}";
}
