using Lib.Net.Http.WebPush;
using Lib.Net.Http.WebPush.Authentication;

namespace PressDesk.Push;

// Encrypts (aes128gcm, RFC 8291) and posts one message to a push service with Lib.Net.Http.WebPush,
// signed with the standard VAPID scheme (RFC 8292: "Authorization: vapid t=…, k=…"), not the
// library's older "WebPush" draft scheme. The HttpClient only bounds the time a send may take.
public sealed class PushSender(HttpClient http, VapidKeys keys)
{
    public static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(10);

    // 429s are retried by the outbox on the app's clock, honouring Retry-After; never inside the call.
    private readonly PushServiceClient _client = new(http)
    {
        AutoRetryAfter = false,
        DefaultAuthenticationScheme = VapidAuthenticationScheme.Vapid,
    };

    private VapidAuthentication? _vapid;

    public async Task SendAsync(BrowserSubscription to, PushContent content, string subject, CancellationToken ct)
    {
        var subscription = new PushSubscription { Endpoint = to.Endpoint };
        subscription.SetKey(PushEncryptionKeyName.P256DH, to.P256dh);
        subscription.SetKey(PushEncryptionKeyName.Auth, to.Auth);
        var message = new PushMessage(content.Json)
        {
            Urgency = PushMessageUrgency.High,
            TimeToLive = content.TimeToLiveSeconds,
            Topic = content.Topic,   // a newer push about the same request replaces one the device has not fetched yet
        };
        await _client.RequestPushMessageDeliveryAsync(subscription, message, Vapid(subject), VapidAuthenticationScheme.Vapid, ct);
    }

    private VapidAuthentication Vapid(string subject)
    {
        var current = _vapid;
        if (current?.Subject == subject) return current;
        var vapid = new VapidAuthentication(keys.PublicKey, keys.PrivateKey) { Subject = subject };
        _vapid = vapid;
        return vapid;
    }
}

public sealed record PushContent(string Json, int TimeToLiveSeconds, string Topic);
