using Microsoft.AspNetCore.Mvc.RazorPages;

namespace PressDesk.Journalists.Outlets;

public sealed class IndexModel(OutletStore outlets) : PageModel
{
    public IReadOnlyList<Outlet> Outlets { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Outlets = await outlets.ListAsync(ct);
}
