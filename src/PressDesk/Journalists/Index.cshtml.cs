using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace PressDesk.Journalists;

public sealed class IndexModel(JournalistStore journalists, OutletStore outlets) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public long? Outlet { get; set; }
    [BindProperty(SupportsGet = true)] public string? Beat { get; set; }
    [BindProperty(SupportsGet = true)] public ContactFilter Contact { get; set; }
    // Not "page": Razor Pages reserves that route value.
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;
    [BindProperty(SupportsGet = true)] public int? Imported { get; set; }

    public IReadOnlyList<DirectoryEntry> Items { get; private set; } = [];
    public IReadOnlyList<Outlet> Outlets { get; private set; } = [];
    public bool HasMore { get; private set; }
    public bool Filtered => Q is not null || Outlet is not null || Beat is not null || Contact != ContactFilter.Any;

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (PageNumber < 1) PageNumber = 1;
        Outlets = await outlets.ListAsync(ct);
        (Items, HasMore) = await journalists.SearchAsync(new DirectoryQuery(Q, Outlet, Beat, Contact), PageNumber, PageSize, ct);
    }

    public string PageLink(int number) => QueryString.Create(new Dictionary<string, string?>
    {
        ["q"] = Q, ["outlet"] = Outlet?.ToString(CultureInfo.InvariantCulture), ["beat"] = Beat,
        ["contact"] = Contact == ContactFilter.Any ? null : Contact.ToString(), ["p"] = number.ToString(CultureInfo.InvariantCulture),
    }.Where(kv => !string.IsNullOrEmpty(kv.Value))).ToUriComponent();
}
