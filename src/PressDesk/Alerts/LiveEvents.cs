using System.Collections.Concurrent;
using System.Globalization;
using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using PressDesk.Requests;

namespace PressDesk.Alerts;

// Fans events out to every open dashboard over Server-Sent Events: "alert" when one fires,
// "requests" when the list of requests changed (the page then refreshes its list). An event with
// words is written in each stream's own language (the one of the request that opened it), never
// in whatever culture the publishing worker's thread happens to have.
public sealed class LiveEvents
{
    public const string AlertEvent = "alert";
    public const string RequestsEvent = "requests";

    private readonly ConcurrentDictionary<Guid, Channel<LiveEvent>> _subscribers = new();

    // A member going away changes who is offered what, so it refreshes the lists too.
    public LiveEvents(RequestLifecycle requests, Routing.Away away)
    {
        requests.Changed += () => Publish(RequestsEvent, new { });
        away.Changed += () => Publish(RequestsEvent, new { });
    }

    public void Publish(string eventType, object data) => Publish(eventType, _ => data);

    public void Publish(string eventType, Func<CultureInfo, object> render)
    {
        var item = new LiveEvent(eventType, render);
        foreach (var subscriber in _subscribers.Values) subscriber.Writer.TryWrite(item);
    }

    public async IAsyncEnumerable<SseItem<object>> SubscribeAsync(CultureInfo language, [EnumeratorCancellation] CancellationToken ct)
    {
        // A slow client loses its oldest events rather than holding memory for everyone.
        var channel = System.Threading.Channels.Channel.CreateBounded<LiveEvent>(
            new BoundedChannelOptions(100) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
        var id = Guid.NewGuid();
        _subscribers[id] = channel;
        try
        {
            // Tells the page the stream is open, so it knows it is live.
            yield return new SseItem<object>(new { }, "ready");
            while (await WaitToReadAsync(channel.Reader, ct))
                while (channel.Reader.TryRead(out var item)) yield return new SseItem<object>(item.In(language), item.Type);
        }
        finally
        {
            _subscribers.TryRemove(id, out _);
        }
    }

    // A closed tab or a stopping app ends the stream quietly rather than as an error.
    private static async Task<bool> WaitToReadAsync(ChannelReader<LiveEvent> reader, CancellationToken ct)
    {
        try
        {
            return await reader.WaitToReadAsync(ct);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    // Written once per language however many tabs are open.
    private sealed class LiveEvent(string type, Func<CultureInfo, object> render)
    {
        private readonly ConcurrentDictionary<string, object> _written = new(StringComparer.Ordinal);

        public string Type => type;

        public object In(CultureInfo language) => _written.GetOrAdd(language.Name, _ => render(language));
    }
}
