using MailKit;
using Microsoft.Extensions.Options;

namespace PressDesk.Intake.Mailbox;

// The intake page's Retry for a mailbox message: the rejection's source name says where the
// message is (folder, UIDVALIDITY, UID); its handled mark comes off, or it moves back from
// MoveTo, and the worker is woken to read it again at once.
public sealed class MailboxRetry(IOptionsMonitor<IntakeOptions> options, MailboxWorker worker, ILogger<MailboxRetry> logger) : IIntakeRetry
{
    public IntakeSource Source => IntakeSource.Imap;

    public async Task<bool> RetryAsync(IntakeRejection rejection, CancellationToken ct)
    {
        if (rejection.Source != IntakeSource.Imap || MailboxLocation.Parse(rejection.SourceName) is not { } location) return false;

        var imap = options.CurrentValue.Imap;
        if (!imap.Enabled) return false;
        if (location.Folder != imap.Folder && location.Folder != imap.MoveTo) return false;

        await using var session = await MailboxSession.OpenAsync(imap, location.Folder, ct);
        var uid = new UniqueId(location.UidValidity, location.Uid);
        // Renumbered folder, or the message deleted or moved by hand: nothing to put back.
        if (session.Folder.UidValidity != location.UidValidity || !await session.ExistsAsync(uid, ct)) return false;

        await session.UnmarkAsync(uid, ct);
        logger.PutBack(rejection.SourceName);
        worker.Wake();
        return true;
    }
}

// The log lines of this file, as source-generated LoggerMessage methods (no boxing, no parsing of the template per call).
internal static partial class MailboxRetryLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Mailbox message {Name} put back to be read again")]
    public static partial void PutBack(this ILogger logger, string name);
}
