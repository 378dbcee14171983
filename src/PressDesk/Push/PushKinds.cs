using PressDesk.Alerts;

namespace PressDesk.Push;

// What a push is about: a new request, an alert by its kind's wire name (AlertKinds.Name), or a
// callback's reminder.
public static class PushKinds
{
    public const string NewRequest = "new-request";
    public const string Callback = "callback";

    public static IReadOnlyList<string> All { get; } =
        [NewRequest, .. Enum.GetValues<AlertKind>().Select(k => k.Name()), Callback];

    // A reminder's row kind names its callback, so push_deliveries' unique (subscription, request,
    // kind) means one reminder per device per callback (Callbacks/CallbackPushes).
    public static string CallbackReminder(long callbackId) => $"{Callback}:{callbackId.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    public static bool IsCallbackReminder(string kind) => kind.StartsWith(Callback + ":", StringComparison.Ordinal);
}
