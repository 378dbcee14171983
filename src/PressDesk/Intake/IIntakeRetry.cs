namespace PressDesk.Intake;

// Each source knows how to put an item it set aside back in its queue: the drop folder moves the
// file from rejected/ back in, the mailbox clears the mark on the message. The intake page's Retry
// button calls the one whose Source matches the rejection; the pipeline then reads it again.
public interface IIntakeRetry
{
    IntakeSource Source { get; }

    // False when the item is gone (the file was moved away by hand, the message deleted).
    Task<bool> RetryAsync(IntakeRejection rejection, CancellationToken ct);
}
