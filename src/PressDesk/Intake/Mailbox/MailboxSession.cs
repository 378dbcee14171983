using MailKit;
using MailKit.Net.Imap;
using MailKit.Search;

namespace PressDesk.Intake.Mailbox;

// One signed-in connection to the configured mailbox with one folder open, and what "handled"
// means there. The worker keeps one open; a retry opens its own for a moment.
//
// Handled is, in order of preference:
// - MoveTo set: the message was moved out of the folder, so every message left in it is new;
// - the server stores custom keywords (PERMANENTFLAGS has \*): the message carries $PressDesk
//   (and \Seen, so a mail client shows it as dealt with);
// - otherwise: \Seen. Someone who reads a message in a mail client before PressDesk does hides
//   it from PressDesk, which is why the README recommends MoveTo with such servers.
public sealed class MailboxSession : IAsyncDisposable
{
    public const string HandledKeyword = "$PressDesk";

    // A network read that takes longer than this means the connection is dead (real time: it is I/O).
    private static readonly TimeSpan IoTimeout = TimeSpan.FromSeconds(60);

    private readonly ImapClient _client;
    private readonly ImapOptions _options;

    private MailboxSession(ImapClient client, ImapOptions options, IMailFolder folder) =>
        (_client, _options, Folder) = (client, options, folder);

    public ImapClient Client => _client;

    public IMailFolder Folder { get; }

    public bool CanIdle => _client.Capabilities.HasFlag(ImapCapabilities.Idle);

    private bool MovesHandled => !string.IsNullOrWhiteSpace(_options.MoveTo);

    private bool StoresKeyword => Folder.PermanentFlags.HasFlag(MessageFlags.UserDefined);

    public static async Task<MailboxSession> OpenAsync(ImapOptions options, string folderName, CancellationToken ct)
    {
        var client = new ImapClient { Timeout = (int)IoTimeout.TotalMilliseconds };
        try
        {
            await client.ConnectAsync(options.Host!, options.Port, options.Security, ct);
            await client.AuthenticateAsync(options.Username!, options.Password ?? "", ct);
            var folder = await client.GetFolderAsync(folderName, ct);
            await folder.OpenAsync(FolderAccess.ReadWrite, ct);
            return new MailboxSession(client, options, folder);
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    public MailboxLocation Locate(UniqueId uid) => new(Folder.FullName, Folder.UidValidity, uid.Id);

    public async Task<IList<UniqueId>> UnhandledAsync(CancellationToken ct)
    {
        // A server may answer SEARCH from the session's own view of the folder (Dovecot does),
        // which takes in another session's changes, such as a retry's unmarking, only at a sync.
        await _client.NoOpAsync(ct);
        var query = MovesHandled ? SearchQuery.All
            : StoresKeyword ? SearchQuery.NotKeyword(HandledKeyword)
            : SearchQuery.NotSeen;
        return await Folder.SearchAsync(SearchQuery.NotDeleted.And(query), ct);
    }

    public async Task<bool> ExistsAsync(UniqueId uid, CancellationToken ct) =>
        (await Folder.SearchAsync(new UniqueIdSet([uid]), SearchQuery.All, ct)).Count == 1;

    // Returns where the message went when it was moved and the server said (UIDPLUS), else null.
    public async Task<MailboxLocation?> MarkHandledAsync(UniqueId uid, CancellationToken ct)
    {
        if (MovesHandled)
        {
            var target = await FolderCreatedIfMissingAsync(_options.MoveTo!, ct);
            return await Folder.MoveToAsync(uid, target, ct) is { } moved
                ? new MailboxLocation(target.FullName, moved.Validity, moved.Id)
                : null;
        }
        var mark = StoresKeyword
            ? new StoreFlagsRequest(StoreAction.Add, MessageFlags.Seen, [HandledKeyword]) { Silent = true }
            : new StoreFlagsRequest(StoreAction.Add, MessageFlags.Seen) { Silent = true };
        await Folder.StoreAsync(uid, mark, ct);
        return null;
    }

    // The reverse of MarkHandledAsync for a message in this session's folder: the mark comes off,
    // or the message goes back from MoveTo to the intake folder.
    public async Task UnmarkAsync(UniqueId uid, CancellationToken ct)
    {
        if (MovesHandled && Folder.FullName == _options.MoveTo)
        {
            await Folder.MoveToAsync(uid, await _client.GetFolderAsync(_options.Folder, ct), ct);
            return;
        }
        var unmark = StoresKeyword
            ? new StoreFlagsRequest(StoreAction.Remove, [HandledKeyword]) { Silent = true }
            : new StoreFlagsRequest(StoreAction.Remove, MessageFlags.Seen) { Silent = true };
        await Folder.StoreAsync(uid, unmark, ct);
    }

    // "Handled/Press" is created level by level: IMAP creates one name under one parent.
    private async Task<IMailFolder> FolderCreatedIfMissingAsync(string name, CancellationToken ct)
    {
        try
        {
            return await _client.GetFolderAsync(name, ct);
        }
        catch (FolderNotFoundException)
        {
            var folder = _client.GetFolder(_client.PersonalNamespaces[0])
                ?? throw new MailboxSetupException(new("The server shows no personal folders to create PressDesk:Intake:Imap:MoveTo in."));
            var separator = folder.DirectorySeparator == '\0' ? '/' : folder.DirectorySeparator;
            foreach (var part in name.Split(separator, StringSplitOptions.RemoveEmptyEntries))
            {
                var children = await folder.GetSubfoldersAsync(false, ct);
                folder = children.FirstOrDefault(c => c.Name == part) ?? await folder.CreateAsync(part, true, ct)
                    ?? throw new MailboxSetupException(new("The server did not create the folder {0} (PressDesk:Intake:Imap:MoveTo).", name));
            }
            return folder;
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_client.IsConnected) await _client.DisconnectAsync(quit: true);
        }
        catch (Exception e) when (e is IOException or ImapProtocolException or ImapCommandException or OperationCanceledException)
        {
            // Closing a connection that is already broken: nothing left to tell the server.
        }
        _client.Dispose();
    }
}
