namespace PressDesk.Routing;

// A presence as the pages name it (English text, the localization key).
public static class PresenceText
{
    public static string Label(this Presence presence) => presence switch
    {
        Presence.Available => "available",
        Presence.Away => "away",
        Presence.OffHours => "off hours",
        Presence.Holiday => "on holiday",
        _ => presence.ToString(),
    };
}
