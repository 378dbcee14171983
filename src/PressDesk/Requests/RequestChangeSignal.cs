using System.Threading.Channels;

namespace PressDesk.Requests;

// Wakes the workers that sleep until a request's next due time when requests change.
// Many notifications before the next wait collapse into one.
public sealed class RequestChangeSignal
{
    private readonly Channel<bool> _signal =
        System.Threading.Channels.Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Notify() => _signal.Writer.TryWrite(true);

    public async Task WaitAsync(CancellationToken ct) => await _signal.Reader.ReadAsync(ct);
}
