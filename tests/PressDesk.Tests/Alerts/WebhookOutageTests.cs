using PressDesk.Alerts;
using PressDesk.Tests.Infrastructure;

namespace PressDesk.Tests.Alerts;

// The webhook receiver is down for minutes of app time while alerts keep firing: first nothing
// listens, then it answers 500, then it accepts requests and never answers. The whole outage runs
// on the fake clock; the webhook's attempt timeout runs on it too (Polly takes the app's
// TimeProvider), so the test advances the clock only once a request is parked at the receiver.
public class WebhookOutageTests : AlertTest, IClassFixture<WebhookReceiver>
{
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Phase = TimeSpan.FromMinutes(2);

    // A hanging receiver is given up on after this.
    private static readonly TimeSpan AttemptTimeout = WebhookChannel.AttemptTimeout;

    private readonly WebhookReceiver _receiver;

    public WebhookOutageTests(WebhookReceiver receiver) : base(new Dictionary<string, string?>
    {
        ["PressDesk:Alerts:Webhook:Url"] = receiver.Url,
    }) => _receiver = receiver;

    public override async Task InitializeAsync()
    {
        await _receiver.ResetAsync();
        await base.InitializeAsync();
    }

    [Fact]
    public async Task After_minutes_of_refusals_errors_and_timeouts_every_alert_is_delivered_exactly_once()
    {
        // Requests left earlier: their breaches fall due during the outage.
        await LogAsync(Now.AddMinutes(-29));
        await LogAsync(Now.AddMinutes(-27));

        var errors = new Dictionary<ReceiverMode, List<string>>();
        foreach (var mode in new[] { ReceiverMode.Refused, ReceiverMode.Failing, ReceiverMode.Hanging })
        {
            await _receiver.SwitchAsync(mode);
            var end = Time.GetUtcNow() + Phase;
            while (Time.GetUtcNow() < end)
            {
                await LogAsync(Time.GetUtcNow().AddMinutes(-15));   // its warning falls due at once
                await PassAsync();
                await DeliverAsync();
                Time.Advance(Step);
            }
            errors[mode] = (await WebhookDeliveriesAsync()).Where(d => d.State == "failed").Select(d => d.LastError!).ToList();
        }

        Assert.Empty(_receiver.Accepted);
        Assert.Contains(errors[ReceiverMode.Refused], e => e.Contains("refused", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(errors[ReceiverMode.Failing], e => e.Contains("503"));
        Assert.Contains(errors[ReceiverMode.Hanging], e => e.Contains("timeout", StringComparison.OrdinalIgnoreCase));
        var outage = Time.GetUtcNow() - Now;
        Assert.True(outage >= TimeSpan.FromMinutes(6), $"The outage lasted {outage} of app time.");

        // Back up: the outbox retries each failed delivery on its growing delay (at most MaxRetryDelay).
        await _receiver.SwitchAsync(ReceiverMode.Up);
        var waited = TimeSpan.Zero;
        while ((await WebhookDeliveriesAsync()).Any(d => d.State != "delivered") && waited < new AlertOptions().MaxRetryDelay * 2)
        {
            Time.Advance(Step);
            waited += Step;
            await PassAsync();
            await DeliverAsync();
        }

        var alerts = await AlertsAsync();
        var deliveries = await WebhookDeliveriesAsync();
        Assert.True(alerts.Count >= 10, $"Only {alerts.Count} alerts fired.");
        Assert.All(deliveries, d => Assert.Equal("delivered", d.State));
        Assert.Equal(alerts.Count, deliveries.Count);
        Assert.Equal(deliveries.Select(d => d.AlertId).Order(), _receiver.Accepted.Keys.Order());
        Assert.All(_receiver.Accepted, kv => Assert.Equal(1, kv.Value));
        Assert.Null(await Outbox.DeliverDueAsync(default));   // nothing left in the outbox
    }

    [Fact]
    public async Task A_send_cut_short_by_a_stop_is_not_repeated_on_its_own_and_Resend_delivers_it_once()
    {
        await LogAsync(Now.AddMinutes(-16));
        await PassAsync();
        await _receiver.SwitchAsync(ReceiverMode.Hanging);

        // PressDesk stops while the receiver holds the POST: whether it kept the alert is unknown.
        using var stopping = new CancellationTokenSource();
        var sending = Outbox.DeliverDueAsync(stopping.Token);
        await _receiver.Parked.WaitAsync();
        await stopping.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sending);

        // The next start does not send it again: a receiver must never see an alert twice.
        await _receiver.SwitchAsync(ReceiverMode.Up);
        Time.Advance(TimeSpan.FromHours(1));
        Assert.Null(await Outbox.DeliverDueAsync(default));
        var interrupted = Assert.Single(await WebhookDeliveriesAsync());
        Assert.Equal(("failed", AlertStore.InterruptedError), (interrupted.State, interrupted.LastError));
        Assert.Empty(_receiver.Accepted);

        // The alerts page shows it with Resend, which sends it once.
        var page = await Client.GetPageAsync("/alerts");
        Assert.Contains(AlertStore.InterruptedError, page.Body!.TextContent);
        var resend = await Client.PostFormAsync($"/alerts?handler=Resend&deliveryId={interrupted.Id}", page, new Dictionary<string, string>());
        Assert.True((int)resend.StatusCode < 400, $"Resend answered {(int)resend.StatusCode}.");
        await Outbox.DeliverDueAsync(default);
        Assert.Equal("delivered", Assert.Single(await WebhookDeliveriesAsync()).State);
        Assert.Equal(1, Assert.Single(_receiver.Accepted).Value);
    }

    // One delivery pass. A hanging receiver holds each attempt until the webhook's
    // attempt timeout, which runs on the fake clock: advance it once per parked request.
    private async Task DeliverAsync()
    {
        var delivering = Outbox.DeliverDueAsync(default);
        while (true)
        {
            using var done = new CancellationTokenSource();
            var parked = _receiver.Parked.WaitAsync(done.Token);
            if (await Task.WhenAny(parked, delivering) == delivering)
            {
                await done.CancelAsync();
                break;
            }
            Time.Advance(AttemptTimeout);
        }
        await delivering;
    }

    private Task<List<(long Id, long AlertId, string State, string? LastError)>> WebhookDeliveriesAsync() =>
        App.Database.QueryAsync<(long Id, long AlertId, string State, string? LastError)>(
            "SELECT id, alert_id, state, last_error FROM alert_deliveries WHERE channel = 'webhook' ORDER BY id");
}
