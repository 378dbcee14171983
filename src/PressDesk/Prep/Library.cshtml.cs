using Microsoft.AspNetCore.Mvc.RazorPages;

namespace PressDesk.Prep;

public sealed class LibraryModel(LibraryStore library, FocusStore focus) : PageModel
{
    public IReadOnlyList<LibraryEntry> Entries { get; private set; } = [];
    public IReadOnlyList<FocusArea> Areas { get; private set; } = [];
    public string? Q { get; private set; }
    public long? Area { get; private set; }

    public async Task OnGetAsync(string? q, long? area, CancellationToken ct)
    {
        Q = q is { Length: > LibraryStore.QueryMax } ? q[..LibraryStore.QueryMax] : q;
        Area = area;
        Areas = await focus.ListAsync(ct);
        Entries = await library.SearchAsync(Q, area, limit: 50, ct: ct);
    }
}
