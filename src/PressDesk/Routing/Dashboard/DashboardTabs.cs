using System.Globalization;
using System.Security.Claims;
using PressDesk.Requests;

namespace PressDesk.Routing;

// The dashboard's "Mine" and "Everyone's". Without a choice in the address, a member of a team
// sees theirs; a lone expert has only one list, so they see everything (and no tabs).
public sealed record DashboardTabs(long UserId, bool Mine, bool Shown)
{
    public const string MineValue = "mine";
    public const string AllValue = "all";

    public static async Task<DashboardTabs> ForAsync(TeamPresence presence, ClaimsPrincipal user, string? show, CancellationToken ct)
    {
        var userId = long.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier)!, CultureInfo.InvariantCulture);
        var team = (await presence.NowAsync(ct)).Members.Count;
        var mine = show switch
        {
            MineValue => true,
            AllValue => false,
            _ => team > 1,
        };
        return new DashboardTabs(userId, mine, Shown: team > 1 || show is MineValue);
    }

    public IEnumerable<Request> Filter(IEnumerable<Request> open) => Mine ? open.Where(r => r.Assignee?.UserId == UserId) : open;
}
