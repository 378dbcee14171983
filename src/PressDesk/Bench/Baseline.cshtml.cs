using Dapper;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PressDesk.Data;

namespace PressDesk.Bench;

// The yardstick for load measurements: the same sign-in, connection and Dapper path and the same
// layout as every page, with one trivial query instead of the page's own work.
public sealed class BaselineModel(Database database) : PageModel
{
    public long Count { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        Count = await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM requests WHERE id = 1");
    }
}
