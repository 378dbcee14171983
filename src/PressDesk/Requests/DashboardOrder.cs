namespace PressDesk.Requests;

// The dashboard lists what will be lost first, first. Requests already past their response target
// come first, by the journalist's deadline (nearest first, none last: once the target is missed, the
// deadline is what is still to lose), then by how long they have waited. The others follow by the
// time left to their target (the longest waiting first), then the nearest deadline.
public static class DashboardOrder
{
    public static IReadOnlyList<Request> ByWhatIsLostFirst(IEnumerable<Request> open, ResponseTimeOptions settings, DateTimeOffset now) =>
        open.OrderBy(r => r.ReceivedAt + settings.Target <= now ? 0 : 1)
            .ThenBy(r => r.ReceivedAt + settings.Target <= now ? r.Deadline ?? DateTimeOffset.MaxValue : DateTimeOffset.MinValue)
            .ThenBy(r => r.ReceivedAt)
            .ThenBy(r => r.Deadline ?? DateTimeOffset.MaxValue)
            .ThenBy(r => r.Id)
            .ToList();
}
