namespace PressDesk.Routing;

public sealed class EscalationOptions
{
    public const string Section = "PressDesk:Escalation";

    // How long the assignee has to say "I'm on it" before the request goes to the next available
    // member (and at the end to the press officer). Counted from when it was given to them.
    public TimeSpan AcknowledgeWithin { get; set; } = TimeSpan.FromMinutes(5);
}
