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
    public static IntakeProblem Describe(Exception e, ImapOptions imap)
    {
        var server = $"{imap.Host}:{imap.Port}";
        IntakeProblem problem = e switch
        {
            AuthenticationException =>
                new("{0} refused the user name or password for {1} (PressDesk:Intake:Imap:Username, PressDesk:Intake:Imap:Password).", server, imap.Username ?? ""),
            SocketException s => new("Cannot reach {0}: {1} (PressDesk:Intake:Imap:Host, PressDesk:Intake:Imap:Port).", server, s.Message),
            SslHandshakeException => new("The TLS handshake with {0} failed (PressDesk:Intake:Imap:Security, PressDesk:Intake:Imap:Port): {1}", server, e.Message),
            FolderNotFoundException f => new("There is no folder \"{0}\" on {1} (PressDesk:Intake:Imap:Folder).", f.FolderName, server),
            ImapCommandException c => new("{0} answered {1}: {2}", server, c.Response.ToString(), c.ResponseText),
            ImapProtocolException or IOException => new("The connection to {0} broke: {1}", server, e.Message),
            TimeoutException => new("{0} did not answer in time.", server),
            MailboxSetupException setup => setup.Problem,
            _ => new("Reading the mailbox on {0} failed: {1}", server, e.Message),
        };
        // The sentences are ours and hold no password; only the server's or MailKit's words might.
        return string.IsNullOrEmpty(imap.Password) ? problem
            : problem with { Args = [.. problem.Args.Select(a => a is string text ? text.Replace(imap.Password, "********", StringComparison.Ordinal) : a)] };
    }
}

// A mailbox the server will not set up as the settings ask, said in PressDesk's words.
public sealed class MailboxSetupException(IntakeProblem problem)
    : InvalidOperationException(string.Format(System.Globalization.CultureInfo.InvariantCulture, problem.Text, problem.Args))
{
    public IntakeProblem Problem => problem;
}
