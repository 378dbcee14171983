using PressDesk.Workers;

namespace PressDesk.Requests;

// Says "requests changed" to whoever needs to know: the alert worker, which sleeps until the
// next due time and must recompute it, open dashboards (through LiveEvents), and what is cached
// from requests (the figures cache, the dashboard's rendering), which compares Version.
public sealed class RequestChangeSignal
{
    private long _version;

    public WakeSignal Worker { get; } = new();

    public event Action? Changed;

    // Goes up with every change: equal versions mean no request changed in between.
    public long Version => Interlocked.Read(ref _version);

    public void Notify()
    {
        Interlocked.Increment(ref _version);
        Worker.Wake();
        Changed?.Invoke();
    }
}
