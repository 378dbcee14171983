using System.Diagnostics;
using System.Globalization;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Search;
using MailKit.Security;
using MimeKit;

namespace PressDesk.Tests.Infrastructure;

// A real IMAP server for one test: Debian's Dovecot with its own configuration, sockets, state,
// log and Maildir in a temp folder, listening on 127.0.0.1 on a free port, plaintext login allowed
// (loopback only, no TLS). It runs in the foreground (dovecot -F) as a child process, so no system
// service is touched. tests/run.sh installs dovecot-imapd when it is missing.
public sealed class DovecotServer : IAsyncDisposable
{
    public const string Binary = "/usr/sbin/dovecot";
    public const string User = "press";
    public const string Password = "orchard ledger 7731";

    private readonly string _directory;
    private Process? _process;

    private DovecotServer(string directory, int port) => (_directory, Port) = (directory, port);

    public int Port { get; }

    public string LogPath => Path.Combine(_directory, "dovecot.log");

    private string ConfigPath => Path.Combine(_directory, "dovecot.conf");

    private string PasswdPath => Path.Combine(_directory, "passwd");

    // Written but not started, so a test can show the app facing a server that is down.
    // extraConfig goes at the end of dovecot.conf (for example to hide IDLE).
    public static DovecotServer Prepare(string? extraConfig = null)
    {
        if (!File.Exists(Binary))
            throw new InvalidOperationException(
                $"The mailbox tests need Dovecot at {Binary}: run tests/run.sh as root (it installs it) or 'sudo apt-get install -y dovecot-imapd'.");
        // Short: Dovecot's unix sockets live under it and a socket path has at most 108 bytes.
        var directory = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "pd-imap", Guid.NewGuid().ToString("N")[..12])).FullName;
        var server = new DovecotServer(directory, Loopback.FreePort());
        server.WriteConfig(extraConfig);
        return server;
    }

    public static async Task<DovecotServer> StartAsync(string? extraConfig = null)
    {
        var server = Prepare(extraConfig);
        await server.StartAsync();
        return server;
    }

    public async Task StartAsync()
    {
        var start = new ProcessStartInfo(Binary, ["-F", "-c", ConfigPath]) { RedirectStandardError = true, RedirectStandardOutput = true };
        // Under faketime (the suite's moved-clock runs), Dovecot's master inherited the moved clock
        // but cleans the environment of the processes it spawns, so they ran on the real one; the
        // master saw time jump back 400 days and stopped launching logins for 180 s. Its clock is
        // not what those runs test, so all of Dovecot keeps the real one.
        foreach (var variable in start.Environment.Keys.Where(k => k == "LD_PRELOAD" || k.StartsWith("FAKETIME", StringComparison.Ordinal)).ToList())
            start.Environment.Remove(variable);
        _process = Process.Start(start) ?? throw new InvalidOperationException("Dovecot did not start.");
        var process = _process;
        if (await Loopback.WaitUntilListeningAsync(Port, () => process.HasExited)) return;
        var stderr = _process.HasExited ? await _process.StandardError.ReadToEndAsync() : "";
        throw new InvalidOperationException($"Dovecot did not listen on 127.0.0.1:{Port}. {stderr}\n{ReadLog()}");
    }

    // Passwd-file is read again whenever it changes, so this takes effect for the next login.
    public void SetPassword(string password)
    {
        var (uid, gid) = MailOwner();
        var mail = Path.Combine(_directory, "mail", User);
        var temp = PasswdPath + ".new";
        File.WriteAllText(temp, $"{User}:{{PLAIN}}{password}:{uid}:{gid}::{mail}\n");
        File.Move(temp, PasswdPath, overwrite: true);
    }

    public async Task<ImapClient> ConnectAsync(string password = Password)
    {
        var client = new ImapClient();
        await client.ConnectAsync("127.0.0.1", Port, SecureSocketOptions.None);
        await client.AuthenticateAsync(User, password);
        return client;
    }

    public Task AppendAsync(MimeMessage message, string folder = "INBOX") => AppendAsyncAs(Password, message, folder);

    // As the mailbox's owner when its password is not the one PressDesk is configured with.
    public async Task AppendAsyncAs(string password, MimeMessage message, string folder = "INBOX")
    {
        using var client = await ConnectAsync(password);
        await (await client.GetFolderAsync(folder)).AppendAsync(new AppendRequest(message));
        await client.DisconnectAsync(true);
    }

    // What the folder holds now, as a test wants to check it; nothing while it does not exist.
    public async Task<IReadOnlyList<Held>> ListAsync(string folder = "INBOX")
    {
        using var client = await ConnectAsync();
        IMailFolder open;
        try { open = await client.GetFolderAsync(folder); }
        catch (FolderNotFoundException) { return []; }
        await open.OpenAsync(FolderAccess.ReadOnly);
        var uids = await open.SearchAsync(SearchQuery.All);
        var summaries = uids.Count == 0 ? [] : await open.FetchAsync(uids, new FetchRequest(MessageSummaryItems.UniqueId | MessageSummaryItems.Flags | MessageSummaryItems.Envelope));
        await client.DisconnectAsync(true);
        return summaries.Select(s => new Held(s.UniqueId.Id, s.Envelope?.Subject ?? "", s.Flags ?? MessageFlags.None, s.Keywords.ToHashSet())).ToList();
    }

    public sealed record Held(uint Uid, string Subject, MessageFlags Flags, IReadOnlySet<string> Keywords);

    public string ReadLog() => File.Exists(LogPath) ? File.ReadAllText(LogPath) : "(no Dovecot log)";

    public async Task StopAsync()
    {
        if (_process is null) return;
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
        _process = null;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        PressDeskApp.DeleteQuietly(_directory);
    }

    private void WriteConfig(string? extraConfig)
    {
        var mail = Directory.CreateDirectory(Path.Combine(_directory, "mail")).FullName;
        Directory.CreateDirectory(Path.Combine(_directory, "run"));
        Directory.CreateDirectory(Path.Combine(_directory, "state"));
        SetPassword(Password);
        // As root, Dovecot refuses mail access as uid 0, so the mailbox belongs to nobody and its
        // parent must let nobody create it. Otherwise Dovecot runs rootless as the current user.
        var root = Environment.UserName == "root";
        if (root && !OperatingSystem.IsWindows()) File.SetUnixFileMode(mail, (UnixFileMode)0b111_111_111);
        var users = root ? "" : $"""
            default_internal_user = {Environment.UserName}
            default_login_user = {Environment.UserName}
            service imap-login {"{"}
              chroot =
            {"}"}
            """;
        File.WriteAllText(ConfigPath, $$"""
            protocols = imap
            listen = 127.0.0.1
            base_dir = {{_directory}}/run
            state_dir = {{_directory}}/state
            instance_name = pd-imap-{{Path.GetFileName(_directory)}}
            log_path = {{LogPath}}
            ssl = no
            disable_plaintext_auth = no
            auth_mechanisms = plain
            # A wrong password is answered at once, and repeated failures from the test are not slowed.
            auth_failure_delay = 0
            login_trusted_networks = 127.0.0.0/8
            first_valid_uid = 1
            mail_location = maildir:{{mail}}/%u
            passdb {
              driver = passwd-file
              args = scheme=PLAIN {{PasswdPath}}
            }
            userdb {
              driver = passwd-file
              args = {{PasswdPath}}
            }
            service imap-login {
              inet_listener imap {
                address = 127.0.0.1
                port = {{Port}}
              }
              inet_listener imaps {
                port = 0
              }
            }
            {{users}}
            {{extraConfig}}
            """);
    }

    private static (int Uid, int Gid) MailOwner() =>
        Environment.UserName == "root" ? (65534, 65534) : (Convert.ToInt32(Run("id", "-u"), CultureInfo.InvariantCulture), Convert.ToInt32(Run("id", "-g"), CultureInfo.InvariantCulture));

    private static string Run(string file, string argument)
    {
        using var process = Process.Start(new ProcessStartInfo(file, argument) { RedirectStandardOutput = true })!;
        var output = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        return output;
    }
}
