using System.Text.Json;

namespace PressDesk.Requests;

// How the journalist reached us.
public enum Channel
{
    Phone,
    Voicemail,
    Email,
    Sms,
    Social,
    InPerson,
    Other,
}

public static class Channels
{
    public static IReadOnlyList<Channel> All { get; } = Enum.GetValues<Channel>();

    // The wire and storage name: camelCase, as the API writes it ("inPerson").
    public static string Name(this Channel channel) => JsonNamingPolicy.CamelCase.ConvertName(channel.ToString());

    // The English label shown in the UI (and the localizer's key).
    public static string Label(this Channel channel) => channel switch
    {
        Channel.Sms => "SMS",
        Channel.InPerson => "In person",
        _ => channel.ToString(),
    };

    public static bool TryParse(string? text, out Channel channel)
    {
        channel = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var compact = text.Replace(" ", "").Replace("-", "").Replace("_", "");
        return Enum.TryParse(compact, ignoreCase: true, out channel) && Enum.IsDefined(channel)
            && !int.TryParse(compact, out _);
    }
}
