using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PressDesk.Journalists;
using PressDesk.Requests;

namespace PressDesk.Interviews;

public sealed class QuoteCheckModel(RequestStore requests, InterviewStore interviews, JournalistStore journalists, OutletStore outlets, QuoteCheck quoteCheck)
    : PageModel
{
    public Request Item { get; private set; } = null!;
    public Interview? Interview { get; private set; }
    public ReviewNorm Norm { get; private set; }
    public QuoteCheckMessage? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (await requests.GetAsync(id, ct) is not { } request) return NotFound();
        Item = request;
        Interview = await interviews.GetAsync(id, ct);
        var journalist = await journalists.GetAsync(request.Journalist.Id, ct);
        Norm = journalist?.OutletId is { } outletId && await outlets.GetAsync(outletId, ct) is { } outlet ? outlet.ReviewNorm : ReviewNorm.QuotesOnly;
        if (Interview is not null) Message = quoteCheck.Compose(request, Interview, Norm, journalist?.Email);
        return Page();
    }
}
