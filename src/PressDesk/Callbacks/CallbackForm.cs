using System.Globalization;
using System.Security.Claims;
using PressDesk.Hosting;
using PressDesk.Requests;

namespace PressDesk.Callbacks;

// What the form shows: the time as typed in the display zone, and any problems by field.
public sealed record CallbackForm(
    long RequestId, bool AcceptsResponse, IReadOnlyList<(long Id, string Name)> Members,
    DateTime? At, long? UserId, string? Note, bool CountsAsResponse, IReadOnlyDictionary<string, string[]> Errors)
{
    public string[] ErrorsOf(string field) => Errors.GetValueOrDefault(field) ?? [];

    // A blank form: half an hour from now on a five-minute mark, for the assignee, else the person asking.
    public static async Task<CallbackForm> BlankAsync(
        Request request, ClaimsPrincipal user, CallbackQueries queries, DisplayTime displayTime, TimeProvider time, CancellationToken ct)
    {
        var local = displayTime.ToLocal(time.GetUtcNow()).AddMinutes(30);
        var at = new DateTime(local.Year, local.Month, local.Day, local.Hour, local.Minute / 5 * 5, 0).AddMinutes(5);
        var who = await queries.AssigneeAsync(request.Id, ct) ?? UserIdOf(user);
        return new CallbackForm(request.Id, request.AcceptsResponse(), await queries.MembersAsync(ct), at, who, null, false,
            new Dictionary<string, string[]>());
    }

    public static long? UserIdOf(ClaimsPrincipal user) =>
        long.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
}
