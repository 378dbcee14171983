using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using PressDesk.Accounts;
using PressDesk.Data;
using PressDesk.Journalists;
using PressDesk.Localization;
using PressDesk.Requests;

namespace PressDesk.Interviews;

public sealed class QuoteCheckModel(
    RequestStore requests, InterviewStore interviews, JournalistStore journalists, OutletStore outlets, UserStore users,
    Database database, IOptions<CultureOptions> culture, QuoteCheck quoteCheck)
    : PageModel
{
    public Request Item { get; private set; } = null!;
    public Interview? Interview { get; private set; }
    public ReviewNorm Norm { get; private set; }
    public QuoteCheckLanguage? Language { get; private set; }
    public QuoteCheckMessage? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (await requests.GetAsync(id, ct) is not { } request) return NotFound();
        Item = request;
        Interview = await interviews.GetAsync(id, ct);
        var journalist = await journalists.GetAsync(request.Journalist.Id, ct);
        Norm = journalist?.OutletId is { } outletId && await outlets.GetAsync(outletId, ct) is { } outlet ? outlet.ReviewNorm : ReviewNorm.QuotesOnly;
        if (Interview is null) return Page();

        Language = await QuoteCheckLanguage.OfJournalistAsync(database, request.Journalist.Id, culture.Value.Default, ct);
        Message = quoteCheck.Compose(request, Interview, Norm, journalist?.Email, await SignatureAsync(ct), Language);
        if (Message.Outcome == QuoteCheckOutcome.TemplateBroken) Response.StatusCode = StatusCodes.Status500InternalServerError;
        return Page();
    }

    private async Task<QuoteCheckSignature> SignatureAsync(CancellationToken ct)
    {
        if (!long.TryParse(User.FindFirstValue(ClaimTypes.NameIdentifier), NumberStyles.None, CultureInfo.InvariantCulture, out var userId))
            return new QuoteCheckSignature(null, null, null, null);
        var profile = await users.GetProfileAsync(userId, ct);
        return new QuoteCheckSignature(Blank(profile.DisplayName), Blank(profile.JobTitle), Blank(profile.Phone), Blank(User.FindFirstValue(ClaimTypes.Name)));
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
