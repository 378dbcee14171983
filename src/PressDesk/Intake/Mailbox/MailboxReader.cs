using MailKit;
using Microsoft.Extensions.Options;

namespace PressDesk.Intake.Mailbox;

// One pass over the open intake folder: every message not yet handled goes through the intake
// pipeline, and only once its outcome is in the database (stored, duplicate or rejection) is it
// marked handled on the server. A crash in between leaves it unmarked; the next pass reads it
// again and the pipeline answers Duplicate, so nothing is lost and nothing is logged twice.
public sealed class MailboxReader(
    IntakePipeline pipeline,
    IntakeRejections rejections,
    IOptions<IntakeOptions> options,
    ILogger<MailboxReader> logger)
{
    // Envelopes and sizes are fetched this many at a time, so a folder of thousands stays cheap.
    private const int Batch = 50;

    public async Task<int> ReadNewAsync(MailboxSession session, CancellationToken ct)
    {
        var handled = 0;
        foreach (var batch in (await session.UnhandledAsync(ct)).Chunk(Batch))
        {
            var summaries = await session.Folder.FetchAsync(batch,
                new FetchRequest(MessageSummaryItems.UniqueId | MessageSummaryItems.Size | MessageSummaryItems.Envelope), ct);
            foreach (var summary in summaries.OrderBy(s => s.UniqueId.Id))
            {
                await HandleAsync(session, summary, ct);
                handled++;
            }
        }
        return handled;
    }

    private async Task HandleAsync(MailboxSession session, IMessageSummary summary, CancellationToken ct)
    {
        var subject = summary.Envelope?.Subject;
        var name = session.Locate(summary.UniqueId).SourceName(subject);
        var limit = options.Value.MaxMessageBytes;

        // The size comes from the server (RFC822.SIZE), so an oversized message is never downloaded.
        var outcome = summary.Size > limit
            ? await pipeline.RejectAsync(IntakeSource.Imap, name,
                new IntakeProblem("The message is {0:N0} bytes, over the limit of {1:N0} (PressDesk:Intake:MaxMessageBytes); it was not downloaded.", summary.Size ?? 0, limit), ct)
            : await IngestAsync(session, summary.UniqueId, name, ct);

        var movedTo = await session.MarkHandledAsync(summary.UniqueId, ct);
        logger.Handled(name, outcome.GetType().Name);

        // A retry must find a rejected message where it now is.
        if (outcome is IntakeOutcome.Rejected && movedTo is not null)
            await rejections.RelocateAsync(IntakeSource.Imap, name, movedTo.SourceName(subject), ct);
    }

    private async Task<IntakeOutcome> IngestAsync(MailboxSession session, UniqueId uid, string name, CancellationToken ct)
    {
        using var raw = new MemoryStream();
        await using (var stream = await session.Folder.GetStreamAsync(uid, ct))
            await stream.CopyToAsync(raw, ct);

        var (message, problem) = EmailReader.Parse(raw.ToArray(), IntakeSource.Imap, name);
        return message is null
            ? await pipeline.RejectAsync(IntakeSource.Imap, name, problem!, ct)
            : await pipeline.IngestAsync(message, ct);
    }
}

// The log lines of this file, as source-generated LoggerMessage methods (no boxing, no parsing of the template per call).
internal static partial class MailboxReaderLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Mailbox message {Name}: {Outcome}, marked handled")]
    public static partial void Handled(this ILogger logger, string name, string outcome);
}
