using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using PressDesk.Accounts;
using PressDesk.Templates;
using PressDesk.Web;

namespace PressDesk.Briefings;

public static class BriefingsExtensions
{
    public const string MarkdownContentType = "text/markdown; charset=utf-8";

    public static WebApplicationBuilder AddBriefings(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<BriefingOptions>().BindConfiguration(BriefingOptions.Section);
        // One template library for the briefing sheets and the quote-check message (Interviews), so
        // both are edited the same way, in the same folder.
        builder.Services.AddSingleton(sp => new TemplateLibrary(
            sp.GetRequiredService<IOptions<BriefingOptions>>().Value.Resolve(sp.GetRequiredService<IWebHostEnvironment>().ContentRootPath),
            sp.GetRequiredService<IStringLocalizer<BriefingTemplates>>()));
        builder.Services.AddSingleton(sp => new BriefingTemplates(sp.GetRequiredService<TemplateLibrary>()));
        builder.Services.AddSingleton<BriefingRenderer>();
        builder.Services.AddSingleton<BriefingModelBuilder>();
        builder.Services.AddSingleton<BriefingSheets>();
        return builder;
    }

    public static IEndpointRouteBuilder MapBriefings(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/requests").WithTags("Briefings").RequireAuthorization(AccountsExtensions.ApiPolicy)
            .MapGet("/{id:long}/briefing.md", (long id, HttpContext http, BriefingSheets sheets, IStringLocalizer<BriefingSheets> text, CancellationToken ct) =>
                MarkdownAsync(id, sheets, text, download: false, includeSealed: http.User.HasClaim(ApiScopes.ClaimType, ApiScopes.BriefingsSealed), ct))
            .RequireScope(ApiScopes.BriefingsRead, ApiScopes.BriefingsSealed)
            .Produces<string>(StatusCodes.Status200OK, "text/markdown")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status500InternalServerError);

        // The page's download link: the session cookie, like the page (the fallback policy).
        app.MapGet("/requests/{id:long}/briefing.md", (long id, BriefingSheets sheets, IStringLocalizer<BriefingSheets> text, CancellationToken ct) =>
            MarkdownAsync(id, sheets, text, download: true, includeSealed: true, ct)).ExcludeFromDescription();
        return app;
    }

    // For the page's link the Markdown comes as a file to save; the API answers it as text. Both
    // in the reader's language, problems included. Signed-in people read the sealed statements
    // on the page anyway; an API key needs briefings:sealed for them.
    private static async Task<IResult> MarkdownAsync(
        long id, BriefingSheets sheets, IStringLocalizer text, bool download, bool includeSealed, CancellationToken ct)
    {
        var sheet = await sheets.RenderAsync(id, includeSealed, ct);
        if (sheet is null)
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: text["No such request."], detail: text["There is no request with id {0}.", id]);
        if (sheet.Rendered.Error is { } error)
            return Results.Problem(statusCode: StatusCodes.Status500InternalServerError, title: text["The briefing template is broken."], detail: Describe(error, text));
        return download
            ? Download.Text(sheet.Rendered.Markdown!, MarkdownContentType, $"briefing-{id}.md")
            : Results.Text(sheet.Rendered.Markdown!, MarkdownContentType);
    }

    public static string Describe(TemplateError error, IStringLocalizer text) =>
        error.Line is { } line
            ? $"{error.File}, {text["line {0}, column {1}", line, error.Column ?? 0]}: {error.Message}"
            : $"{error.File}: {error.Message}";
}
