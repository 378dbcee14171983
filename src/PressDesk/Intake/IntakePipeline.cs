using System.Data;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using PressDesk.Data;
using PressDesk.Journalists;
using PressDesk.Localization;
using PressDesk.Requests;

namespace PressDesk.Intake;

// The one path from a message to a request, for every source: validate, match or create the
// journalist, log the request (LogRequest, as the form and the API do) together with the message's identity.
// Storing both in one transaction under a unique identity makes a replay a no-op, so a source
// may always read again after a crash instead of risking a loss.
public sealed class IntakePipeline(
    Database database,
    LogRequest logRequest,
    RequestLifecycle lifecycle,
    JournalistStore journalists,
    IntakeRejections rejections,
    IntakeReasons reasons,
    IOptions<IntakeOptions> options,
    IOptions<CultureOptions> culture,
    TimeProvider time,
    ILogger<IntakePipeline> logger)
{
    // Mail clients' clocks run a little fast; beyond this a date in the future is a wrong date.
    public static readonly TimeSpan FutureTolerance = TimeSpan.FromMinutes(5);

    public async Task<IntakeOutcome> IngestAsync(IntakeMessage message, CancellationToken ct = default)
    {
        if (await StoredRequestAsync(message.Identity, ct) is { } seen)
            return new IntakeOutcome.Duplicate(seen);

        var datedWrong = CheckSentAt(message.SentAt, out var receivedAt);
        var input = ToInput(message, receivedAt, AttachmentsNote(message.Attachments));
        var validated = logRequest.Validate(input);
        var found = NoSender(message) ?? datedWrong;
        var reason = found is not null ? reasons.Of(found)
            // The validator words its messages in the thread's language, so it is asked once per language.
            : validated.IsValid ? null : reasons.Write(() => Describe(logRequest.Validate(input).Errors));
        if (reason is not null) return await RejectAsync(message.Source, message.SourceName, reason, ct);

        try
        {
            var requestId = await StoreAsync(message, validated.Value!, ct);
            logger.Stored(message.Source, message.SourceName, requestId);
            return new IntakeOutcome.Stored(requestId);
        }
        catch (SqliteException e) when (e.SqliteErrorCode == 19) // SQLITE_CONSTRAINT: the identity is taken
        {
            // Another reader stored the same message between our check and our insert.
            if (await StoredRequestAsync(message.Identity, ct) is { } raced) return new IntakeOutcome.Duplicate(raced);
            throw;
        }
    }

    // Recorded for the intake page; the source decides where the message itself goes.
    public Task<IntakeOutcome.Rejected> RejectAsync(IntakeSource source, string sourceName, IntakeProblem problem, CancellationToken ct = default) =>
        RejectAsync(source, sourceName, reasons.Of(problem), ct);

    public async Task<IntakeOutcome.Rejected> RejectAsync(IntakeSource source, string sourceName, IntakeReason reason, CancellationToken ct = default)
    {
        logger.SetAside(source, sourceName, reason.English);
        await rejections.RecordAsync(source, sourceName, reason, ct);
        return new IntakeOutcome.Rejected(reason);
    }

    public async Task<long?> StoredRequestAsync(string identity, CancellationToken ct = default)
    {
        await using var connection = await database.OpenAsync(ct);
        // A message of an erased journalist is kept by a hash of its identity (IntakeErasure).
        return await connection.ExecuteScalarAsync<long?>(
            "SELECT request_id FROM intake_messages WHERE identity IN (@identity, @erased)",
            new { identity, erased = IntakeErasure.ErasedIdentity(identity) });
    }

    private async Task<long> StoreAsync(IntakeMessage message, NewRequest request, CancellationToken ct)
    {
        await using var write = await lifecycle.BeginAsync(ct);
        var (connection, tx) = (write.Connection, write.Transaction);

        var journalistId = await JournalistOfAsync(connection, tx, message, request);
        var requestId = await logRequest.LogAsync(write, request with { JournalistId = journalistId })
            ?? throw new InvalidOperationException($"Journalist {journalistId} vanished during intake.");
        await connection.ExecuteAsync("""
            INSERT INTO intake_messages (identity, source, source_name, request_id, attachments, stored_at)
            VALUES (@Identity, @source, @SourceName, @requestId, @attachments, @now)
            """,
            new
            {
                message.Identity,
                source = message.Source.ToString().ToLowerInvariant(),
                message.SourceName,
                requestId,
                attachments = message.Attachments.Count == 0 ? null : string.Join('\n', message.Attachments),
                now = time.GetUtcNow().ToUnixMs(),
            }, tx);
        await write.CommitAsync(ct);
        return requestId;
    }

    // Mail from an address we know is from that journalist, whatever name their client shows;
    // otherwise the usual name-and-outlet match, which learns the address for next time.
    private async Task<long> JournalistOfAsync(IDbConnection connection, IDbTransaction tx, IntakeMessage message, NewRequest request)
    {
        var email = message.JournalistEmail;
        var id = email is not null && await journalists.FindByEmailAsync(connection, tx, email) is { } known
            ? known
            : await journalists.FindOrCreateAsync(connection, tx, request.JournalistName!, request.Outlet);
        await journalists.LearnContactAsync(connection, tx, id, email, message.JournalistPhone);
        return id;
    }

    // Without a name or an address there is nobody to log the request for; say so plainly rather
    // than as the form's "Journalist name is required".
    private static IntakeProblem? NoSender(IntakeMessage m) =>
        string.IsNullOrWhiteSpace(m.JournalistName) && string.IsNullOrWhiteSpace(m.JournalistEmail)
            ? new("The message has no sender (no From address, no journalist name), so there is no journalist to log it for.")
            : null;

    private IntakeProblem? CheckSentAt(DateTimeOffset? sentAt, out DateTimeOffset? receivedAt)
    {
        var now = time.GetUtcNow();
        receivedAt = sentAt;
        if (sentAt is not { } sent) return null;
        if (sent > now + FutureTolerance)
            return new("The message is dated {0:yyyy-MM-dd HH:mm} UTC, in the future; the sender's clock or the Date header is wrong.", sent.UtcDateTime);
        if (sent < now - options.Value.MaxAge)
            return new("The message is dated {0:yyyy-MM-dd HH:mm} UTC, more than {1:0.#} days ago (PressDesk:Intake:MaxAge); it is not a live request.",
                sent.UtcDateTime, options.Value.MaxAge.TotalDays);
        receivedAt = sent > now ? now : sent;
        return null;
    }

    private static RequestInput ToInput(IntakeMessage m, DateTimeOffset? receivedAt, string? attachmentsNote) => new()
    {
        JournalistName = Shorten(m.JournalistName ?? m.JournalistEmail, RequestValidator.NameMax),
        Outlet = m.Outlet,
        Topic = Shorten(m.Topic, RequestValidator.TopicMax),
        Question = Shorten(attachmentsNote is null ? m.Question : $"{m.Question}\n\n{attachmentsNote}".Trim(), RequestValidator.QuestionMax),
        Channel = m.Channel,
        ReceivedAt = receivedAt,
        Deadline = m.Deadline,
    };

    // Attachments are not kept, but the user should know the journalist sent something. Written
    // into the request with no person in the loop, so in PressDesk:Culture.
    private string? AttachmentsNote(IReadOnlyList<string> attachments) =>
        attachments.Count == 0 ? null
            : reasons.Of(new IntakeProblem("[Attachments not kept: {0}]", string.Join(", ", attachments))).In(culture.Value.Default);

    // A long mail is still a request: keep its beginning rather than refuse it.
    private static string? Shorten(string? text, int max) =>
        text is null || text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");

    // Each message names its field already ("Topic is required."), in the reader's language.
    private static string Describe(IReadOnlyDictionary<string, string[]> errors) =>
        string.Join(" ", errors.SelectMany(e => e.Value));
}

// The log lines of this file, as source-generated LoggerMessage methods (no boxing, no parsing of the template per call).
internal static partial class IntakePipelineLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Intake stored {Source} {Name} as request {RequestId}")]
    public static partial void Stored(this ILogger logger, IntakeSource source, string name, long requestId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Intake set aside {Source} {Name}: {Reason}")]
    public static partial void SetAside(this ILogger logger, IntakeSource source, string name, string reason);
}
