using System.Data.Common;
using System.Text;
using System.Text.RegularExpressions;
using Dapper;
using PressDesk.Intake.DropFolder;
using PressDesk.Validation;

namespace PressDesk.Intake;

// What identifies an erased journalist, to find the copies intake kept of their messages.
public sealed record PersonTraces(string Name, string? Email, string? Phone);

// Intake keeps every message it read (processed/, rejected/ with its reason) and the identity of
// each stored one. When a journalist is erased, those copies go: the files that name them, and the
// identities of their messages, which are replaced by a hash (so a replay of the same message is
// still recognised, and nothing readable is left). Mail in the IMAP mailbox is the mail server's.
public sealed class IntakeErasure(DropFolderLayout layout, ILogger<IntakeErasure> logger)
{
    private const string ErasedPrefix = "erased:";

    // How an identity is kept once its journalist is erased.
    public static string ErasedIdentity(string identity) =>
        ErasedPrefix + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(identity)));

    // Every file in processed/ and rejected/ whose text or sender carries the person's email or phone. One that cannot
    // be read or deleted is logged (the values to search for are gone after this call).
    public async Task EraseFilesNamingAsync(DbConnection connection, PersonTraces person, CancellationToken ct)
    {
        if (!layout.Enabled) return;
        foreach (var path in FiledMessages())
        {
            byte[] content;
            try
            {
                content = await File.ReadAllBytesAsync(path, ct);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                logger.NotErased(e, path);
                continue;
            }
            if (Names(content, Path.GetFileName(path), person)) await DeleteAsync(connection, path);
        }
    }

    // The files intake filed for these requests, and their identities. False when a file could not be deleted.
    public async Task<bool> EraseMessagesOfAsync(DbConnection connection, long journalistId)
    {
        var messages = await connection.QueryAsync<(long Id, string Identity, string Source, string SourceName)>($"""
            SELECT m.id, m.identity, m.source, m.source_name FROM intake_messages m JOIN requests r ON r.id = m.request_id
            WHERE r.journalist_id = @journalistId AND m.identity NOT LIKE '{ErasedPrefix}%'
            """, new { journalistId });
        var complete = true;
        foreach (var m in messages)
        {
            if (m.Source == "drop" && layout.Enabled && m.SourceName.Length > 0 && Path.GetFileName(m.SourceName) == m.SourceName)
                foreach (var path in new[] { Path.Combine(layout.Processed, m.SourceName), Path.Combine(layout.Rejected, m.SourceName) })
                    if (File.Exists(path)) complete &= await DeleteAsync(connection, path);
            await connection.ExecuteAsync(
                "UPDATE intake_messages SET identity = @identity, source_name = '', attachments = NULL WHERE id = @Id",
                new { m.Id, identity = ErasedIdentity(m.Identity) });
        }
        return complete;
    }

    private List<string> FiledMessages() =>
        new[] { layout.Processed, layout.Rejected }
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder))
            .Where(path => !path.EndsWith(DropFolderLayout.ReasonSuffix, StringComparison.Ordinal))
            .ToList();

    // By identity only: the erased email address or phone number, as a whole address or number in the
    // raw text (as written) or in the sender the reader decodes (encoded words, base64 bodies). A name
    // is not enough: "Lee" is inside "sleep", and another Paul is another person, whose originals are
    // theirs to keep. The files linked to the journalist's requests go by EraseMessagesOfAsync.
    private static bool Names(byte[] content, string name, PersonTraces person)
    {
        var text = Encoding.UTF8.GetString(content);
        if (Whole(text, person.Email, 3, @"[\w.+-]", @"[\w-]") || Whole(text, person.Phone, 6, @"[\d+]", @"\d")) return true;

        var (message, _) = DropFileReader.Read(content, name, name);
        if (message is null) return false;
        return Same(message.JournalistEmail, person.Email)
            || (PhoneNumber.TelUri(message.JournalistPhone) is { } phone && phone == PhoneNumber.TelUri(person.Phone));
    }

    // The value with nothing that would extend it on either side: lee@x.test is not in marylee@x.test.
    private static bool Whole(string text, string? value, int atLeast, string extendsBefore, string extendsAfter) =>
        value is { Length: var length } && length >= atLeast
        && Regex.IsMatch(text, $"(?<!{extendsBefore}){Regex.Escape(value.Trim())}(?!{extendsAfter})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static bool Same(string? a, string? b) => a is not null && b is not null && string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    private async Task<bool> DeleteAsync(DbConnection connection, string path)
    {
        try
        {
            File.Delete(DropFolderLayout.ReasonPath(path));
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            logger.NotErased(e, path);
            return false;
        }
        // A rejection whose file is gone has nothing left to retry or to show.
        if (Path.GetDirectoryName(path) == layout.Rejected)
            await connection.ExecuteAsync(
                "DELETE FROM intake_rejections WHERE source = 'drop' AND source_name = @name", new { name = Path.GetFileName(path) });
        logger.Erased(path);
        return true;
    }
}

// The log lines of this file, as source-generated LoggerMessage methods (no boxing, no parsing of the template per call).
internal static partial class IntakeErasureLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted {Path}: it named an erased journalist")]
    public static partial void Erased(this ILogger logger, string path);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not read or delete {Path}, which may name an erased journalist; delete it by hand if it stays")]
    public static partial void NotErased(this ILogger logger, Exception exception, string path);
}
