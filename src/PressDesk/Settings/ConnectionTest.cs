using Microsoft.Extensions.Localization;
using PressDesk.Alerts;

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
}
