using System.Net.Sockets;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Security;

namespace PressDesk.Intake.Mailbox;

// Why the mailbox cannot be read, in words for the intake page, naming the setting to check.
// The password never appears: neither MailKit's messages nor ours contain it, and any text that
// somehow does is masked before it is shown or logged.
public static class MailboxErrors
{
    public static string Describe(Exception e, ImapOptions imap)
    {
        var server = $"{imap.Host}:{imap.Port}";
        var text = e switch
        {
            AuthenticationException =>
                $"{server} refused the user name or password for {imap.Username} (PressDesk:Intake:Imap:Username, PressDesk:Intake:Imap:Password).",
            SocketException s => $"Cannot reach {server}: {s.Message} (PressDesk:Intake:Imap:Host, PressDesk:Intake:Imap:Port).",
            SslHandshakeException => $"The TLS handshake with {server} failed (PressDesk:Intake:Imap:Security, PressDesk:Intake:Imap:Port): {e.Message}",
            FolderNotFoundException f => $"There is no folder \"{f.FolderName}\" on {server} (PressDesk:Intake:Imap:Folder).",
            ImapCommandException c => $"{server} answered {c.Response}: {c.ResponseText}",
            ImapProtocolException or IOException => $"The connection to {server} broke: {e.Message}",
            TimeoutException => $"{server} did not answer in time.",
            _ => $"Reading the mailbox on {server} failed: {e.Message}",
        };
        return string.IsNullOrEmpty(imap.Password) ? text : text.Replace(imap.Password, "********", StringComparison.Ordinal);
    }
}
