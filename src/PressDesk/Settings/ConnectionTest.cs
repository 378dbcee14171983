using Microsoft.Extensions.Localization;
using PressDesk.Alerts;
using PressDesk.Intake;
using PressDesk.Intake.Mailbox;

namespace PressDesk.Settings;

public sealed record ConnectionResult(string Group, bool Succeeded, string Message);

// The Settings page's "send a test" and "test connection": each tries the settings as typed
// (saved or not) through the code that will use them, and says in a sentence what happened.
public sealed class ConnectionTest(SettingsValidator validator, WebhookChannel webhook, IStringLocalizer<ConnectionTest> localizer)
{
    public async Task<ConnectionResult> RunAsync(string group, IReadOnlyDictionary<string, string?> changes, CancellationToken ct)
    {
        try
        {
            return group switch
            {
                ManagedSettings.Webhook => await WebhookAsync(validator.Bind<AlertOptions>(changes, AlertOptions.Section), ct),
                ManagedSettings.Email => await EmailAsync(validator.Bind<AlertOptions>(changes, AlertOptions.Section), ct),
                ManagedSettings.Intake => await IntakeAsync(validator.Bind<IntakeOptions>(changes, IntakeOptions.Section), ct),
                _ => throw new ArgumentException($"{group} has nothing to test.", nameof(group)),
            };
        }
        // Whatever went wrong is the answer to "does it work": shown to the owner, not thrown.
        catch (Exception e) when (e is not ArgumentException && !ct.IsCancellationRequested)
        {
            return new(group, false, localizer["The test failed: {0}", e.Message]);
        }
    }

    private async Task<ConnectionResult> WebhookAsync(AlertOptions options, CancellationToken ct)
    {
        if (options.Webhook.Url is not { } url) return new(ManagedSettings.Webhook, false, localizer["Enter a webhook URL first."]);
        await webhook.SendTestAsync(url, localizer["PressDesk test message: alerts will arrive here."], ct);
        return new(ManagedSettings.Webhook, true, localizer["The webhook accepted the test message."]);
    }

    private async Task<ConnectionResult> EmailAsync(AlertOptions options, CancellationToken ct)
    {
        if (!options.Email.Enabled) return new(ManagedSettings.Email, false, localizer["Enter an SMTP server first."]);
        await EmailChannel.SendTestAsync(options.Email, localizer["PressDesk test message"],
            localizer["Alerts by email will arrive like this message."], ct);
        return new(ManagedSettings.Email, true, localizer["The test message was sent to {0}.", string.Join(", ", options.Email.Recipients)]);
    }

    // The drop folder can be created and written (as the worker will: processed/ and rejected/
    // inside it), and the mailbox folder opens with these credentials.
    private async Task<ConnectionResult> IntakeAsync(IntakeOptions options, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(options.DropFolder) && !options.Imap.Enabled)
            return new(ManagedSettings.Intake, false, localizer["Enter a drop folder or an IMAP server first."]);
        var said = new List<string>();
        if (!string.IsNullOrWhiteSpace(options.DropFolder))
        {
            var root = Path.GetFullPath(options.DropFolder);
            Directory.CreateDirectory(Path.Combine(root, "processed"));
            Directory.CreateDirectory(Path.Combine(root, "rejected"));
            var probe = Path.Combine(root, $".write-probe-{Guid.NewGuid():N}.tmp");
            await File.WriteAllTextAsync(probe, "ok", ct);
            File.Delete(probe);
            said.Add(localizer["PressDesk can read and write the drop folder {0}.", root]);
        }
        if (options.Imap.Enabled)
        {
            await using var session = await MailboxSession.OpenAsync(options.Imap, options.Imap.Folder, ct);
            said.Add(localizer["The mailbox folder {0} opened ({1} messages).", options.Imap.Folder, session.Folder.Count]);
        }
        return new(ManagedSettings.Intake, true, string.Join(" ", said));
    }
}
