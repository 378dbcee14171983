namespace PressDesk.Web;

// Who gets which error: a browser asking for a page gets the Error page in the layout, in its
// language; the API and any client that does not ask for HTML keep problem details.
public static class ErrorPages
{
    public static IApplicationBuilder UseErrorPages(this WebApplication app)
    {
        var development = app.Environment.IsDevelopment();
        app.UseWhen(WantsPage, page =>
        {
            if (!development) page.UseExceptionHandler("/Error");
            // Only responses without a body of their own: a page that answers 429 with its form stays as it is.
            page.UseStatusCodePagesWithReExecute("/Error/{0}");
        });
        app.UseWhen(context => !WantsPage(context), api =>
        {
            if (!development) api.UseExceptionHandler();   // problem details, from AddProblemDetails
            api.UseStatusCodePages();   // 404 for an unknown route, 405... still get problem details
        });
        return app;
    }

    public static bool WantsPage(HttpContext context) =>
        !context.Request.Path.StartsWithSegments("/api")
        && context.Request.Headers.Accept.Any(accept => accept?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true);
}
