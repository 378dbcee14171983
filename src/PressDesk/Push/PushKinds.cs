using PressDesk.Alerts;

namespace PressDesk.Push;

// What a push is about: a new request, an alert by its kind's wire name (AlertKinds.Name), or a
// request escalated to the device's owner. Each can be turned off on the devices page.
public static class PushKinds
{
    public const string NewRequest = "new-request";
    public const string Escalation = "escalation";

    public static IReadOnlyList<string> All { get; } =
        [NewRequest, .. Enum.GetValues<AlertKind>().Select(k => k.Name()), Escalation];
}
