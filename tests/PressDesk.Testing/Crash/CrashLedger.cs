using System.Collections.Concurrent;

namespace PressDesk.Testing.Crash;

// What the load sent and what PressDesk acknowledged. A send cut by a kill is "unknown": it may
// or may not have been stored, so only acknowledged ones are owed.
public sealed class CrashLedger
{
    private readonly ConcurrentDictionary<InputKind, int> _sent = new();
    private readonly ConcurrentDictionary<InputKind, int> _cut = new();

    // Topic marker of every request whose POST got a 201, with the id PressDesk gave it.
    public ConcurrentDictionary<string, long> AcknowledgedRequests { get; } = new();

    // Requests whose response PressDesk acknowledged with a 200.
    public ConcurrentDictionary<long, byte> AcknowledgedResponses { get; } = new();

    // Every file renamed into the drop folder, by name. The writer is the test, which no kill
    // interrupts: each one is owed, in processed/ or rejected/.
    public ConcurrentDictionary<string, DroppedFile> DroppedFiles { get; } = new();

    public void Sent(InputKind kind) => _sent.AddOrUpdate(kind, 1, (_, n) => n + 1);

    public void Cut(InputKind kind) => _cut.AddOrUpdate(kind, 1, (_, n) => n + 1);

    public int SentCount(InputKind kind) => _sent.GetValueOrDefault(kind);

    public int CutCount(InputKind kind) => _cut.GetValueOrDefault(kind);
}

// Identity: what intake_messages must hold for it (null: the file is invalid and must be
// rejected). Marker: the unique part of its topic, "Drop test <marker>". Copy: the same identity
// as a file dropped earlier (a duplicate), so it makes no request of its own.
public sealed record DroppedFile(string Name, string? Identity, string? Marker, bool Copy, byte[] Content)
{
    public bool Valid => Identity is not null;
}
