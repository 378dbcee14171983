using PressDesk.Alerts;

namespace PressDesk.Push;

// What a push is about: a new request, or an alert by its kind's wire name (AlertKinds.Name).
public static class PushKinds
{
    public const string NewRequest = "new-request";

    public static IReadOnlyList<string> All { get; } =
        [NewRequest, .. Enum.GetValues<AlertKind>().Select(k => k.Name())];
}
