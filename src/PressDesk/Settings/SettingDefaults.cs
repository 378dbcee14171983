using System.Globalization;
using PressDesk.Alerts;
using PressDesk.Intake;
using PressDesk.Requests;

namespace PressDesk.Settings;

// The defaults the options classes carry, as the page shows them (in the field's own units), so a
// blank field says what it falls back to. They live in code, not in appsettings.json.
public static class SettingDefaults
{
    private static readonly ResponseTimeOptions Response = new();
    private static readonly AlertOptions Alerts = new();
    private static readonly IntakeOptions Intake = new();

    public static string? Of(ManagedSetting setting) => setting.Key switch
    {
        "PressDesk:ResponseTime:Target" => Minutes(Response.Target),
        "PressDesk:ResponseTime:WarnAfter" => Minutes(Response.WarnAfter),
        "PressDesk:ResponseTime:DeadlineLead" => Minutes(Response.DeadlineLead),
        "PressDesk:Alerts:Email:Port" => Alerts.Email.Port.ToString(CultureInfo.InvariantCulture),
        "PressDesk:Alerts:Email:Security" => Alerts.Email.Security.ToString(),
        "PressDesk:Intake:Imap:Port" => Intake.Imap.Port.ToString(CultureInfo.InvariantCulture),
        "PressDesk:Intake:Imap:Security" => Intake.Imap.Security.ToString(),
        "PressDesk:Intake:Imap:Folder" => Intake.Imap.Folder,
        _ => null,
    };

    private static string Minutes(TimeSpan span) => ((long)span.TotalMinutes).ToString(CultureInfo.InvariantCulture);
}
