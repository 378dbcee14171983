namespace PressDesk.Intake;

public sealed class IntakeOptions
{
    public const string Section = "PressDesk:Intake";

    // Where phone systems, forms and mail rules drop .eml and .json files; empty turns it off.
    // processed/ and rejected/ are created inside it.
    public string? DropFolder { get; set; }

    // A larger file is set aside unread: a journalist's request is a few kilobytes, a 20 MB mail is
    // an attachment nobody will read on deadline.
    public long MaxMessageBytes { get; set; } = 5 * 1024 * 1024;

    // Messages sent longer ago than this are not live requests (a mailbox's archive, a wrong clock).
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromDays(14);

    // Watchers miss events (overflow, network shares); the folder is also rescanned this often.
    public TimeSpan RescanInterval { get; set; } = TimeSpan.FromSeconds(10);

    // A file written in place is read once its size and modification time have not changed for
    // this long (two looks this far apart). Zero reads a file at first sight: only for writers
    // that always write under a temporary name and rename.
    public TimeSpan SettleTime { get; set; } = TimeSpan.FromSeconds(1);

    // Watch the folder for new files (inotify on Linux) as well as rescanning it. Off, new files
    // wait for the next rescan: for file systems that send no events, or where the machine's
    // inotify instances run out (tests run many apps at once).
    public bool Watch { get; set; } = true;

    public ImapOptions Imap { get; set; } = new();
}

public sealed class ImapOptions
{
    // IMAP server; empty turns the mailbox off.
    public string? Host { get; set; }
    public int Port { get; set; } = 993;

    // Auto, None, StartTls, StartTlsWhenAvailable or SslOnConnect (MailKit's SecureSocketOptions).
    public MailKit.Security.SecureSocketOptions Security { get; set; } = MailKit.Security.SecureSocketOptions.Auto;
    public string? Username { get; set; }
    public string? Password { get; set; }

    // The folder a mail rule fills (for example "Press"), or INBOX of a press@ address.
    public string Folder { get; set; } = "INBOX";

    // Where handled messages go; empty: they stay and are flagged \Seen and $PressDesk.
    public string? MoveTo { get; set; }

    // How often the mailbox is checked when the server cannot push (IDLE) new mail.
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(1);

    public bool Enabled => !string.IsNullOrWhiteSpace(Host);
}
