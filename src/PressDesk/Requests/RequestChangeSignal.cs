using PressDesk.Workers;

namespace PressDesk.Requests;

// Says "requests changed" to whoever needs to know: the alert worker, which sleeps until the
// next due time and must recompute it, and open dashboards (through LiveEvents).
public sealed class RequestChangeSignal
{
    public WakeSignal Worker { get; } = new();

    public event Action? Changed;

    public void Notify()
    {
        Worker.Wake();
        Changed?.Invoke();
    }
}
