using System.Diagnostics;

namespace PressDesk.Testing;

// The one way a test waits for something another thread or process does: poll a condition in
// real time until it holds, or fail after a limit with what was awaited. Between two polls,
// `between` may move a fake clock, for conditions that need a timer, a poll or a backoff to fire.
// This waits for a state, never for a length of time: a fast machine returns at once.
public static class Eventually
{
    public static readonly TimeSpan DefaultLimit = TimeSpan.FromSeconds(10);

    public static async Task<T> ValueAsync<T>(
        Func<Task<T>> read, Func<T, bool> done, string what,
        TimeSpan? within = null, Action? between = null, TimeSpan? every = null, Func<string>? detail = null)
    {
        var limit = within ?? DefaultLimit;
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var value = await read();
            if (done(value)) return value;
            if (waited.Elapsed > limit)
                throw new TimeoutException($"Still waiting after {limit.TotalSeconds:0.#} s until {what} (last value: {value}).{(detail is null ? "" : "\n" + detail())}");
            between?.Invoke();
            await Task.Delay(every ?? TimeSpan.FromMilliseconds(25));
        }
    }

    public static Task UntilAsync(
        Func<Task<bool>> condition, string what,
        TimeSpan? within = null, Action? between = null, TimeSpan? every = null, Func<string>? detail = null) =>
        ValueAsync(condition, ok => ok, what, within, between, every, detail);

    public static Task UntilAsync(
        Func<bool> condition, string what,
        TimeSpan? within = null, Action? between = null, TimeSpan? every = null, Func<string>? detail = null) =>
        ValueAsync(() => Task.FromResult(condition()), ok => ok, what, within, between, every, detail);
}
