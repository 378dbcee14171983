using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using PressDesk.Localization;
using PressDesk.Requests;

namespace PressDesk.Push;

// The message a device shows (the payload sw.js reads; README "Push notifications"), in the
// recipient's language, with the time left counted when it is sent, not when it was queued.
public sealed class PushPayload(IStringLocalizer<PushPayload> localizer, IOptionsMonitor<ResponseTimeOptions> clock, IOptions<CultureOptions> culture)
{
    private const int TopicLength = 80;
    private static readonly TimeSpan DefaultTimeToLive = TimeSpan.FromHours(1);

    public PushContent Build(DuePush push, DateTimeOffset now)
    {
        var language = Languages.Find(push.Language) ?? culture.Value.Default;
        using var scope = Languages.Use(language);
        var who = push.Outlet is null ? push.Journalist! : $"{push.Journalist} ({push.Outlet})";
        var topic = push.Topic!.Length <= TopicLength ? push.Topic : push.Topic[..(TopicLength - 1)].TrimEnd() + "…";
        var minutesLeft = MinutesLeft(push, now);
        var payload = new
        {
            kind = push.Kind,
            requestId = push.RequestId,
            journalist = push.Journalist,
            outlet = push.Outlet,
            topic = push.Topic,
            minutesLeft,
            title = Title(push.Kind),
            body = $"{who} — {State(push.Kind, minutesLeft)} — {topic}",
            url = $"/requests/{push.RequestId}",
            tag = $"pressdesk-request-{push.RequestId}",
        };
        // The push service keeps it until the journalist's deadline at most: after that it is news nobody can use.
        var ttl = push.Deadline is { } deadline && deadline > now ? deadline - now : DefaultTimeToLive;
        return new PushContent(JsonSerializer.Serialize(payload, JsonSerializerOptions.Web),
            (int)Math.Max(60, Math.Ceiling(ttl.TotalSeconds)), $"request-{push.RequestId.ToString(CultureInfo.InvariantCulture)}");
    }

    // Until the response target; once it passed, until the journalist's deadline; null when neither is ahead.
    private int? MinutesLeft(DuePush push, DateTimeOffset now)
    {
        var targetAt = push.ReceivedAt!.Value + clock.CurrentValue.Target;
        DateTimeOffset? until = push.Kind == "deadline" ? push.Deadline
            : targetAt > now && push.Kind != "breach" ? targetAt
            : push.Deadline is { } d && d > now ? d
            : null;
        return until is { } at ? (int)Math.Max(0, Math.Ceiling((at - now).TotalMinutes)) : null;
    }

    private string Title(string kind) => kind switch
    {
        PushKinds.NewRequest => localizer["New request"],
        "warning" => localizer["Call back soon"],
        "breach" => localizer["Response target missed"],
        _ => localizer["Journalist's deadline close"],
    };

    private string State(string kind, int? minutesLeft) => (kind, minutesLeft) switch
    {
        ("deadline", { } m) => localizer["deadline in {0} min", m],
        ("breach", { } m) => localizer["target missed, deadline in {0} min", m],
        ("breach", null) => localizer["target missed"],
        (_, { } m) => localizer["{0} min left", m],
        _ => localizer["no clock running"],
    };
}
