namespace PressDesk.Alerts;

// A way an alert leaves PressDesk through the outbox (webhook, email; push next). The outbox
// records, retries and cancels deliveries the same way for every channel; a channel only sends.
public interface IAlertChannel
{
    DeliveryChannel Channel { get; }

    bool IsEnabled(AlertOptions options);

    // Throws when the alert did not go through; the outbox then retries it later.
    Task SendAsync(AlertNotice notice, CancellationToken ct);
}
