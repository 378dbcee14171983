namespace PressDesk.Settings;

// How a setting reads on the page; the stored value is always configuration text (TimeSpan "00:30:00").
public enum SettingKind { Minutes, TimeZone, TimeOfDay, Url, Text, Email, Port, Security, Secret }

// A configuration key the owner may change on the Settings page. Its default lives in the
// options class (and the README), never in the shipped appsettings.json.
public sealed record ManagedSetting(string Key, string Label, SettingKind Kind, string Group)
{
    public bool IsSecret => Kind == SettingKind.Secret;

    // The form field's name and id: a configuration key's colons are not valid in an id.
    public string Field => Key.Replace(':', '_');
}

public static class ManagedSettings
{
    public const string ResponseTimes = "Response times";
    public const string TimeAndQuiet = "Time zone and quiet hours";
    public const string Webhook = "Webhook";
    public const string Email = "Email alerts";
    public const string Intake = "Intake";

    public static readonly IReadOnlyList<ManagedSetting> All =
    [
        new("PressDesk:ResponseTime:Target", "Response target (minutes)", SettingKind.Minutes, ResponseTimes),
        new("PressDesk:ResponseTime:WarnAfter", "Warning after (minutes)", SettingKind.Minutes, ResponseTimes),
        new("PressDesk:ResponseTime:DeadlineLead", "Deadline alert lead (minutes)", SettingKind.Minutes, ResponseTimes),
        new("PressDesk:TimeZone", "Time zone", SettingKind.TimeZone, TimeAndQuiet),
        new("PressDesk:Alerts:QuietHours:Start", "Quiet hours start", SettingKind.TimeOfDay, TimeAndQuiet),
        new("PressDesk:Alerts:QuietHours:End", "Quiet hours end", SettingKind.TimeOfDay, TimeAndQuiet),
        new("PressDesk:Alerts:Webhook:Url", "Webhook URL", SettingKind.Url, Webhook),
        new("PressDesk:Alerts:Email:Host", "SMTP server", SettingKind.Text, Email),
        new("PressDesk:Alerts:Email:Port", "SMTP port", SettingKind.Port, Email),
        new("PressDesk:Alerts:Email:Security", "SMTP security", SettingKind.Security, Email),
        new("PressDesk:Alerts:Email:Username", "SMTP user name", SettingKind.Text, Email),
        new("PressDesk:Alerts:Email:Password", "SMTP password", SettingKind.Secret, Email),
        new("PressDesk:Alerts:Email:From", "Sender address", SettingKind.Email, Email),
        new("PressDesk:Alerts:Email:To", "Recipients (comma-separated)", SettingKind.Text, Email),
        new("PressDesk:Intake:DropFolder", "Drop folder", SettingKind.Text, Intake),
        new("PressDesk:Intake:Imap:Host", "IMAP server", SettingKind.Text, Intake),
        new("PressDesk:Intake:Imap:Port", "IMAP port", SettingKind.Port, Intake),
        new("PressDesk:Intake:Imap:Security", "IMAP security", SettingKind.Security, Intake),
        new("PressDesk:Intake:Imap:Username", "IMAP user name", SettingKind.Text, Intake),
        new("PressDesk:Intake:Imap:Password", "IMAP password", SettingKind.Secret, Intake),
        new("PressDesk:Intake:Imap:Folder", "Mailbox folder", SettingKind.Text, Intake),
        new("PressDesk:Intake:Imap:MoveTo", "Move handled messages to", SettingKind.Text, Intake),
    ];

    // The groups with a "send a test" or "test connection" button.
    public static readonly IReadOnlyList<string> Testable = [Webhook, Email, Intake];

    public static readonly IReadOnlyList<string> Groups = All.Select(s => s.Group).Distinct().ToList();

    public static ManagedSetting? Find(string key) =>
        All.FirstOrDefault(s => string.Equals(s.Key, key, StringComparison.OrdinalIgnoreCase));

    public static IEnumerable<ManagedSetting> In(string group) => All.Where(s => s.Group == group);
}
