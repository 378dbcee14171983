using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using PressDesk.Localization;
using PressDesk.Requests;

namespace PressDesk.Push;

// The message a device shows (the payload sw.js reads; README "Push notifications"), in the
// recipient's language, with the time left counted when it is sent, not when it was queued.
public sealed class PushPayload(
    IStringLocalizer<PushPayload> localizer, IOptionsMonitor<ResponseTimeOptions> clock, IOptions<CultureOptions> culture,
    PushActionToken tokens, Hosting.DisplayTime displayTime)
{
    private const int TopicLength = 80;
    private static readonly TimeSpan DefaultTimeToLive = TimeSpan.FromHours(1);

    // Web Push carries at most 4,096 bytes once encrypted, about 3,990 of plaintext; over that the push
    // service answers 413. The third-party fields (intake lets the sender of an email choose them) are
    // cut to these JSON-encoded byte budgets, which with body, title, url and tag keep the whole
    // payload under MaxBytes whatever the script.
    public const int MaxBytes = 3800;
    private const int NameBytes = 400;
    private const int TopicBytes = 700;

    // The payload is read by sw.js with JSON.parse and never put in HTML: escaping every non-ASCII
    // character as \uXXXX (the default encoder) would only triple the size of a non-Latin name.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerOptions.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public PushContent Build(DuePush push, DateTimeOffset now)
    {
        var language = Languages.Find(push.Language) ?? culture.Value.Default;
        using var scope = Languages.Use(language);
        var journalist = Fit(push.Journalist!, NameBytes);
        var outlet = push.Outlet is null ? null : Fit(push.Outlet, NameBytes);
        var who = outlet is null ? journalist : $"{journalist} ({outlet})";
        var topic = push.Topic!.Length <= TopicLength ? push.Topic : Cut(push.Topic, TopicLength - 1);
        var minutesLeft = MinutesLeft(push, now);
        var payload = new
        {
            kind = PushKinds.IsCallbackReminder(push.Kind) ? PushKinds.Callback : push.Kind,
            requestId = push.RequestId,
            journalist,
            outlet,
            topic = Fit(push.Topic, TopicBytes),
            minutesLeft,
            title = Title(push.Kind),
            body = $"{who} — {State(push, minutesLeft)} — {topic}",
            url = $"/requests/{push.RequestId}",
            tag = $"pressdesk-request-{push.RequestId}",
            // Only on the assignee's own devices: "I'm on it" means nothing from anyone else. The
            // action URL is the capability (PushActionToken): sw.js posts to it without the cookie.
            actions = push.ToAssignee
                ? new[] { new { action = PushActions.Acknowledge, title = localizer["I'm on it"].Value }, new { action = PushActions.Away, title = localizer["Away 1 h"].Value } }
                : null,
            actionUrl = push.ToAssignee
                ? $"/push/actions/{tokens.Protect(new PushActionGrant(push.UserId!.Value, push.RequestId, PushActions.All))}"
                : null,
        };
        // The push service keeps it until the journalist's deadline at most: after that it is news nobody can use.
        var ttl = push.Deadline is { } deadline && deadline > now ? deadline - now : DefaultTimeToLive;
        return new PushContent(JsonSerializer.Serialize(payload, Json),
            (int)Math.Max(60, Math.Ceiling(ttl.TotalSeconds)), $"request-{push.RequestId.ToString(CultureInfo.InvariantCulture)}");
    }

    // The longest start of the text whose JSON string form takes at most budget UTF-8 bytes, with an ellipsis when cut.
    private static string Fit(string text, int budget)
    {
        if (EncodedBytes(text) <= budget) return text;
        var (low, high) = (0, text.Length);   // the longest length that fits lies in [low, high)
        while (high - low > 1)
        {
            var middle = (low + high) / 2;
            if (EncodedBytes(Cut(text, middle)) <= budget) low = middle; else high = middle;
        }
        return Cut(text, low);
    }

    private static int EncodedBytes(string text) => Encoding.UTF8.GetByteCount(JavaScriptEncoder.UnsafeRelaxedJsonEscaping.Encode(text));

    // The first length characters and an ellipsis, never splitting a surrogate pair.
    private static string Cut(string text, int length)
    {
        if (length > 0 && char.IsHighSurrogate(text[length - 1])) length--;
        return text[..length].TrimEnd() + "…";
    }

    // Until the response target; once it passed, until the journalist's deadline; null when neither is ahead.
    private int? MinutesLeft(DuePush push, DateTimeOffset now)
    {
        if (PushKinds.IsCallbackReminder(push.Kind))
            return push.CallbackAt is { } callAt ? (int)Math.Max(0, Math.Ceiling((callAt - now).TotalMinutes)) : null;
        var targetAt = push.ReceivedAt!.Value + clock.CurrentValue.Target;
        DateTimeOffset? until = push.Kind == "deadline" ? push.Deadline
            : targetAt > now && push.Kind != "breach" ? targetAt
            : push.Deadline is { } d && d > now ? d
            : null;
        return until is { } at ? (int)Math.Max(0, Math.Ceiling((at - now).TotalMinutes)) : null;
    }

    private string Title(string kind) => kind switch
    {
        _ when PushKinds.IsCallbackReminder(kind) => localizer["Callback due"],
        PushKinds.NewRequest => localizer["New request"],
        PushKinds.Escalation => localizer["Passed on to you"],
        "warning" => localizer["Call back soon"],
        "breach" => localizer["Response target missed"],
        _ => localizer["Journalist's deadline close"],
    };

    private string State(DuePush push, int? minutesLeft) => (push.Kind, minutesLeft) switch
    {
        (var kind, _) when PushKinds.IsCallbackReminder(kind) && push.CallbackAt is { } at =>
            localizer["call back at {0}", displayTime.FormatTime(at)],
        ("deadline", { } m) => localizer["deadline in {0} min", m],
        ("breach", { } m) => localizer["target missed, deadline in {0} min", m],
        ("breach", null) => localizer["target missed"],
        (_, { } m) => localizer["{0} min left", m],
        _ => localizer["no clock running"],
    };
}
