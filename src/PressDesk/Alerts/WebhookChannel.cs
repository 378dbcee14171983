using System.Text.RegularExpressions;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace PressDesk.Alerts;

// POSTs the alert as JSON, its text in PressDesk:Culture. The HttpClient only bounds the time a send may take; a failed send is
// retried by the outbox (see AlertsExtensions).
public sealed partial class WebhookChannel(HttpClient http, IOptionsMonitor<AlertOptions> options, AlertText text) : IAlertChannel
{
    // A receiver that accepts the POST and never answers is given up on after this.
    public static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(10);

    public DeliveryChannel Channel => DeliveryChannel.Webhook;

    public bool IsEnabled(AlertOptions options) => options.Webhook.Enabled;

    public async Task SendAsync(AlertNotice notice, CancellationToken ct)
    {
        var url = options.CurrentValue.Webhook.Url ?? throw new InvalidOperationException("PressDesk:Alerts:Webhook:Url is not set.");
        using var response = await http.PostAsJsonAsync(url, Payload(notice), JsonSerializerOptions.Web, ct);
        if (!response.IsSuccessStatusCode)
            throw new HttpRequestException(Answered((int)response.StatusCode, response.ReasonPhrase), null, response.StatusCode);
    }

    // The Settings page's "send a test": the same client and time bound, to a URL not yet saved.
    public async Task SendTestAsync(Uri url, string message, CancellationToken ct)
    {
        using var response = await http.PostAsJsonAsync(url, new { kind = "test", text = message }, JsonSerializerOptions.Web, ct);
        if (!response.IsSuccessStatusCode)
            throw new HttpRequestException(Answered((int)response.StatusCode, response.ReasonPhrase), null, response.StatusCode);
    }

    // Stored and logged in English; AlertText.DeliveryError reads it back for the alerts page.
    public static string Answered(int status, string? reason) => $"The webhook answered {status} {reason}.";

    [GeneratedRegex(@"^The webhook answered (\d{3}) (.*)\.$", RegexOptions.Singleline)]
    public static partial Regex AnsweredPattern();

    // The receiver can de-duplicate on alertId, and mention the assignee (null: nobody has it yet).
    public object Payload(AlertNotice notice) => new
    {
        kind = notice.Kind.Name(),
        alertId = notice.AlertId,
        requestId = notice.RequestId,
        journalist = notice.Journalist,
        outlet = notice.Outlet,
        topic = notice.Topic,
        receivedAt = notice.ReceivedAt,
        dueAt = notice.DueAt,
        firedAt = notice.FiredAt,
        deadline = notice.Deadline,
        late = notice.Late,
        assignee = notice.Assignee is { } a ? new { id = a.Id, name = a.Name } : null,
        link = text.Link(notice),
        text = text.ChatText(notice, text.Unattended),
    };
}
