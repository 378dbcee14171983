using System.Data.Common;
using PressDesk.Data;
using PressDesk.Journalists;

namespace PressDesk.Requests;

// The one owner of a request's life: every change to the requests table goes through a
// RequestWrite from here, and once the write commits, Changed tells whoever needs to know (the
// alert worker, which sleeps until the next due time and must recompute it; open dashboards,
// through LiveEvents; the figures and dashboard caches, which compare Version).
public sealed class RequestLifecycle(Database database, JournalistStore journalists, TimeProvider time)
{
    private long _version;

    public event Action? Changed;

    // Goes up with every committed change: equal versions mean no request changed in between.
    public long Version => Interlocked.Read(ref _version);

    // A unit of work on its own connection. Other features write their own tables on the same
    // connection and transaction, so a transition and what goes with it commit together.
    public async Task<RequestWrite> BeginAsync(CancellationToken ct = default)
    {
        var connection = await database.OpenAsync(ct);
        return new RequestWrite(this, connection, await connection.BeginTransactionAsync(ct), ownsConnection: true);
    }

    // On a connection the caller set up (erase turns on secure_delete for its connection).
    public async Task<RequestWrite> BeginAsync(DbConnection connection, CancellationToken ct = default) =>
        new(this, connection, await connection.BeginTransactionAsync(ct), ownsConnection: false);

    internal JournalistStore Journalists => journalists;

    internal long NowMs => time.GetUtcNow().ToUnixMs();

    internal void Committed()
    {
        Interlocked.Increment(ref _version);
        Changed?.Invoke();
    }
}
