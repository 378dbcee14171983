using PressDesk.Alerts;

namespace PressDesk.Push;

// What a push is about: a new request, an alert by its kind's wire name (AlertKinds.Name), or a
// request escalated to the device's owner, or a callback's reminder. Each can be turned off on the devices page.
public static class PushKinds
{
    public const string NewRequest = "new-request";
    public const string Escalation = "escalation";
    public const string Callback = "callback";

    public static IReadOnlyList<string> All { get; } =
        [NewRequest, .. Enum.GetValues<AlertKind>().Select(k => k.Name()), Escalation, Callback];

    // A reminder's row kind names its callback, so push_deliveries' unique (subscription, request,
    // kind) means one reminder per device per callback (Callbacks/CallbackPushes).
    public static string CallbackReminder(long callbackId) => $"{Callback}:{callbackId.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    public static bool IsCallbackReminder(string kind) => kind.StartsWith(Callback + ":", StringComparison.Ordinal);
}
