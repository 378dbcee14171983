namespace PressDesk.Alerts;

public enum AlertKind
{
    Warning,
    Breach,
    Deadline,
}

public static class AlertKinds
{
    // The wire and storage name, as the webhook payload's "kind".
    public static string Name(this AlertKind kind) => kind.ToString().ToLowerInvariant();

    public static AlertKind Parse(string name) => Enum.Parse<AlertKind>(name, ignoreCase: true);
}

public enum DeliveryChannel
{
    Dashboard,
    Webhook,
    Email,
}
