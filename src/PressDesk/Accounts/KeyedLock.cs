namespace PressDesk.Accounts;

// One holder at a time per key, for steps that read and then write and must not interleave with
// themselves (the sign-in throttle's check → verify → record). In-process only: one server holds a
// data folder. An entry lives only while someone holds or waits for it, so the map does not grow
// with every address that ever tried.
public sealed class KeyedLock
{
    private readonly Dictionary<string, Entry> entries = new(StringComparer.Ordinal);

    public async Task<IDisposable> AcquireAsync(string key, CancellationToken ct = default)
    {
        Entry entry;
        lock (entries)
        {
            if (!entries.TryGetValue(key, out entry!)) entries[key] = entry = new Entry();
            entry.Users++;
        }
        try
        {
            await entry.Gate.WaitAsync(ct);
        }
        catch
        {
            Leave(key, entry);
            throw;
        }
        return new Holder(this, key, entry);
    }

    private void Leave(string key, Entry entry)
    {
        lock (entries)
            if (--entry.Users == 0)
            {
                entries.Remove(key);
                entry.Dispose();
            }
    }

    private sealed class Entry : IDisposable
    {
        public readonly SemaphoreSlim Gate = new(1, 1);
        public int Users;

        public void Dispose() => Gate.Dispose();
    }

    private sealed class Holder(KeyedLock owner, string key, Entry entry) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 1) return;
            entry.Gate.Release();
            owner.Leave(key, entry);
        }
    }
}
