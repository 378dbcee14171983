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

    // What a person calls it.
    public static string Label(this AlertKind kind) => kind switch
    {
        AlertKind.Warning => "warning",
        AlertKind.Breach => "overdue",
        _ => "deadline",
    };
}

public enum DeliveryChannel
{
    Dashboard,
    Webhook,
    Email,
    Push,
}
