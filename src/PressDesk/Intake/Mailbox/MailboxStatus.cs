namespace PressDesk.Intake.Mailbox;

public enum MailboxState { Off, Connecting, Connected, Failing }

// What the mailbox reader last did, for the intake page. The reader is the only writer; pages read
// a consistent snapshot.
public sealed class MailboxStatus
{
    private Snapshot _current = new(MailboxState.Off, null, null, null, null, 0, false);

    public sealed record Snapshot(
        MailboxState State,
        string? Mailbox,                 // "user@host/Folder", without the password
        DateTimeOffset? LastCheckedAt,   // the last time the folder was read to the end
        IntakeReason? LastError,        // in both languages: the page shows its reader's
        DateTimeOffset? NextAttemptAt,   // while failing: when the next connection is tried
        int ConsecutiveFailures,
        bool Idle);                      // the server pushes new mail (IMAP IDLE)

    public Snapshot Current => Volatile.Read(ref _current);

    public void Set(Func<Snapshot, Snapshot> change)
    {
        Snapshot seen, next;
        do
        {
            seen = Current;
            next = change(seen);
        } while (Interlocked.CompareExchange(ref _current, next, seen) != seen);
    }
}
