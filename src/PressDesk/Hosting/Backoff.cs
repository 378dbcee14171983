namespace PressDesk.Hosting;

// How long to wait after the n-th failure in a row: First, doubling each time, never above Max.
public sealed record Backoff(TimeSpan First, TimeSpan Max)
{
    public TimeSpan After(int failures) =>
        failures <= 1 ? First : TimeSpan.FromTicks(Math.Min(Max.Ticks, First.Ticks << Math.Min(failures - 1, 30)));
}
