using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;
using MimeKit;
using PressDesk.Localization;

namespace PressDesk.Alerts;

// Sends the alert by SMTP through MailKit, in PressDesk:Culture (nobody's request decides it), to
// the configured recipients and to the request's assignee.
public sealed class EmailChannel(IOptionsMonitor<AlertOptions> options, AlertText text) : IAlertChannel
{
    public DeliveryChannel Channel => DeliveryChannel.Email;

    public bool IsEnabled(AlertOptions options) => options.Email.Enabled;

    public async Task SendAsync(AlertNotice notice, CancellationToken ct)
    {
        var email = options.CurrentValue.Email;
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(email.From!));
        foreach (var to in email.Recipients) message.To.Add(MailboxAddress.Parse(to));
        // The assignee is the one who must act, so they get it too; the configured recipients keep
        // getting every alert, as before: they are the office's shared inbox or its head, who set
        // email up on the Settings page to see all alerts, and an alert must not stop reaching them
        // because a request now has an owner. The assignee goes in Cc, so that To stays exactly the
        // list the Settings page shows (mail rules filter on it), and not twice when listed there.
        if (notice.Assignee is { Email: { Length: > 0 } address } assignee
            && MailboxAddress.TryParse(address, out var mailbox)
            && !message.To.Mailboxes.Any(m => string.Equals(m.Address, mailbox.Address, StringComparison.OrdinalIgnoreCase)))
            message.Cc.Add(new MailboxAddress(assignee.Name, mailbox.Address));
        var language = text.Unattended;
        var words = text.In(notice, language);
        MailSubject.Set(message, text.EmailSubject(words, language));
        // Lets a mail client thread or de-duplicate repeated sends of the same alert.
        message.MessageId = $"alert-{notice.AlertId}@pressdesk";
        var body = new TextPart("plain") { Text = $"{words.Body}\n\n{text.Link(notice)}\n" };
        body.Headers.Add(HeaderId.ContentLanguage, Languages.CodeOf(language));
        message.Body = body;

        await SendAsync(email, message, ct);
    }

    // The Settings page's "send a test message", with settings not yet saved.
    public static async Task SendTestAsync(EmailOptions email, string subject, string text, CancellationToken ct)
    {
        var message = new MimeMessage { Subject = subject, Body = new TextPart("plain") { Text = text } };
        message.From.Add(MailboxAddress.Parse(email.From!));
        foreach (var to in email.Recipients) message.To.Add(MailboxAddress.Parse(to));
        await SendAsync(email, message, ct);
    }

    private static async Task SendAsync(EmailOptions email, MimeMessage message, CancellationToken ct)
    {
        using var smtp = new SmtpClient { Timeout = 30_000 };
        await smtp.ConnectAsync(email.Host!, email.Port, email.Security, ct);
        if (!string.IsNullOrEmpty(email.Username)) await smtp.AuthenticateAsync(email.Username, email.Password ?? "", ct);
        await smtp.SendAsync(message, ct);
        await smtp.DisconnectAsync(quit: true, ct);
    }
}
