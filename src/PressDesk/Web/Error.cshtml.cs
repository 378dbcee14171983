using System.Diagnostics;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Localization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace PressDesk.Web;

// The page a browser sees for an error: re-executed by the exception handler (500) and by the
// status code pages (403, 404, 429...), which keep the original status on the response.
// Anonymous so that a signed-out visitor's error (a crash on the sign-in page) still gets its page;
// opened directly, it asks for a sign-in like every other page.
[AllowAnonymous]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
[IgnoreAntiforgeryToken]   // a failed POST is re-executed as a POST
public sealed class ErrorModel : PageModel
{
    public int Status { get; private set; }

    public string? RequestId { get; private set; }

    // For a 413: how much the server takes in one request.
    public string LimitMegabytes => BodySizeLimit.Megabytes(BodySizeLimit.Limit(HttpContext.RequestServices));

    public IActionResult OnGet(int? code) => Describe(code);

    public IActionResult OnPost(int? code) => Describe(code);

    public string Title(IViewLocalizer l) => Status switch
    {
        StatusCodes.Status403Forbidden => l["Not for your account"].Value,
        StatusCodes.Status404NotFound => l["Page not found"].Value,
        StatusCodes.Status413PayloadTooLarge => l["Too large to send"].Value,
        StatusCodes.Status429TooManyRequests => l["Too many attempts"].Value,
        StatusCodes.Status503ServiceUnavailable => l["PressDesk is busy"].Value,
        _ => l["Something went wrong"].Value,
    };

    private IActionResult Describe(int? code)
    {
        var reExecuted = HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is not null
            || HttpContext.Features.Get<IExceptionHandlerPathFeature>() is not null;
        if (!reExecuted && User.Identity?.IsAuthenticated != true) return Challenge();

        // The exception handler re-executes /Error with the 500 already set; /Error opened directly is a 200
        // and shows the generic text; /Error/404 opened directly answers 404, as it says.
        Status = code is >= 400 and <= 599 ? code.Value : Response.StatusCode;
        if (code is >= 400 and <= 599) Response.StatusCode = code.Value;
        if (Status >= 500 || Status < 400) RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
        return Page();
    }
}
