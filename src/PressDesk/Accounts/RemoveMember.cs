using PressDesk.Requests;
using PressDesk.Routing;

namespace PressDesk.Accounts;

// Removing a member from the Team page: their open requests go on to whoever routing picks without
// them, and their account, devices and pushes go, in one transaction, so no request is left with
// nobody on it.
public sealed class RemoveMember(RequestLifecycle lifecycle, AssignRequest assign, UserStore users)
{
    public async Task<bool> HandleAsync(long memberId, CancellationToken ct = default)
    {
        await using var write = await lifecycle.BeginAsync(ct);
        var theirs = await assign.OpenRequestsOfAsync(write, memberId);
        if (!await users.RemoveMemberAsync(write.Connection, write.Transaction, memberId)) return false;
        await assign.RouteAgainAsync(write, theirs, "removed");
        await write.CommitAsync(ct);
        return true;
    }
}
