namespace PressDesk.Alerts;

// Everything a channel needs to tell someone about one alert. Assignee: who has the request when
// the notice is read (a delivery reads it when it is sent, so an escalation since is followed).
public sealed record AlertNotice(
    long AlertId,
    AlertKind Kind,
    long RequestId,
    string Journalist,
    string? Outlet,
    string Topic,
    DateTimeOffset ReceivedAt,
    DateTimeOffset DueAt,
    DateTimeOffset FiredAt,
    DateTimeOffset? Deadline,
    bool Late,
    AlertAssignee? Assignee = null);

public sealed record AlertAssignee(long Id, string Name, string Email);

public sealed record PendingDelivery(long Id, DeliveryChannel Channel, int Attempts, AlertNotice Notice);

public sealed record DeliveryState(DeliveryChannel Channel, string State, int Attempts, string? LastError, DateTimeOffset? NextAttemptAt, DateTimeOffset? DeliveredAt, long Id);

public sealed record AlertEntry(AlertNotice Notice, IReadOnlyList<DeliveryState> Deliveries);
