using Microsoft.Extensions.Options;
using PressDesk.Alerts;

namespace PressDesk.Push;

// Push as one more alert outbox channel: its row there is held by quiet hours, dropped when the
// request is answered meanwhile and retried like the others; sending it hands the alert to every
// device's own row in the push outbox (PushOutbox), which keeps the per-device guarantees.
public sealed class PushChannel(PushFanOut fanOut, PushOutbox outbox, PushSubscriptions devices, IOptionsMonitor<PushOptions> push) : IAlertChannel
{
    public DeliveryChannel Channel => DeliveryChannel.Push;

    // On while push is on and some device is subscribed: nothing to record otherwise.
    public bool IsEnabled(AlertOptions options) => push.CurrentValue.Enabled && devices.AnyDevice();

    public async Task SendAsync(AlertNotice notice, CancellationToken ct)
    {
        await fanOut.QueueAlertAsync(notice, ct);
        outbox.Signal.Wake();
    }
}
