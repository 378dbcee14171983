using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using PressDesk.Alerts;
using PressDesk.Hosting;
using PressDesk.Intake;
using PressDesk.Requests;
using PressDesk.Validation;

namespace PressDesk.Settings;

// Checks what the owner typed with the same rules as at start: each value is turned into
// configuration text, laid over the running configuration, bound to the options classes, and
// run through their own validators (the .Validate(...) rules of AddRequests, AddAlerts...).
// Errors are keyed by the setting's form field. The result holds only the keys that may change
// here (not those the server's configuration sets) and leaves secrets left blank untouched.
public sealed partial class SettingsValidator(
    IConfiguration configuration, SettingsPrecedence precedence, IServiceProvider services, IStringLocalizer<SettingsValidator> localizer)
{
    // forget: the fields of stored secrets the owner ticked to remove.
    public Validated<IReadOnlyDictionary<string, string?>> Validate(
        string group, IReadOnlyDictionary<string, string?> form, IReadOnlyCollection<string>? forget = null)
    {
        var errors = new FieldErrors(localizer);
        var changes = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var setting in ManagedSettings.In(group).Where(s => !precedence.IsSetByServer(s.Key)))
        {
            var text = FieldErrors.CleanLine(form.GetValueOrDefault(setting.Field));
            if (setting.IsSecret && forget?.Contains(setting.Field) == true) { changes[setting.Key] = null; continue; }
            if (setting.IsSecret && text is null) continue;   // blank keeps the stored secret
            if (ToConfiguration(setting, text, errors) is { } value) changes[setting.Key] = value.Length == 0 ? null : value;
        }
        if (errors.Any) return errors.Result<IReadOnlyDictionary<string, string?>>(() => changes);

        var candidate = Candidate(changes);
        var failures = Failures<ResponseTimeOptions>(candidate, ResponseTimeOptions.Section)
            .Concat(Failures<DisplayTimeOptions>(candidate, "PressDesk"))
            .Concat(Failures<AlertOptions>(candidate, AlertOptions.Section))
            .Concat(Failures<IntakeOptions>(candidate, IntakeOptions.Section));
        foreach (var failure in failures)
            errors.Add(FieldOf(failure, group), failure);
        return errors.Result<IReadOnlyDictionary<string, string?>>(() => changes);
    }

    // The options as they would be with these changes (for "send a test" before saving).
    public T Bind<T>(IReadOnlyDictionary<string, string?> changes, string section) where T : class, new()
    {
        var options = new T();
        Candidate(changes).GetSection(section).Bind(options);
        return options;
    }

    // The running values with the changes applied; a key cleared is left out (a key present with
    // no value would bind as zero, not as the options' default).
    private IConfiguration Candidate(IReadOnlyDictionary<string, string?> changes)
    {
        var values = configuration.GetSection("PressDesk").AsEnumerable()
            .Where(kv => kv.Value is not null)
            .ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in changes)
            if (value is null) values.Remove(key); else values[key] = value;
        return new ConfigurationBuilder().AddInMemoryCollection(values).Build();
    }

    // The configuration text for a typed value: "" to go back to the default, null when it is not valid.
    private string Label(ManagedSetting setting) => localizer[setting.Label];

    private string? ToConfiguration(ManagedSetting setting, string? text, FieldErrors errors)
    {
        if (text is null) return "";
        switch (setting.Kind)
        {
            case SettingKind.Minutes:
                if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var minutes) && minutes <= 100_000)
                    return TimeSpan.FromMinutes(minutes).ToString("c", CultureInfo.InvariantCulture);
                errors.Add(setting.Field, "{0} must be a whole number of minutes, such as 30.", Label(setting));
                return null;
            case SettingKind.TimeOfDay:
                if (TimeOnly.TryParseExact(text, ["HH:mm", "H:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
                    return time.ToString("HH:mm", CultureInfo.InvariantCulture);
                errors.Add(setting.Field, "{0} must be a time of day, such as 22:00.", Label(setting));
                return null;
            case SettingKind.Port:
                if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is > 0 and < 65536)
                    return port.ToString(CultureInfo.InvariantCulture);
                errors.Add(setting.Field, "{0} must be a number between 1 and 65535.", Label(setting));
                return null;
            case SettingKind.Security:
                if (Enum.TryParse<MailKit.Security.SecureSocketOptions>(text, ignoreCase: false, out var security) && Enum.IsDefined(security))
                    return security.ToString();
                errors.Add(setting.Field, "{0} must be one of the choices offered.", Label(setting));
                return null;
            case SettingKind.Url:
                if (Uri.TryCreate(text, UriKind.Absolute, out var url) && url.Scheme is "http" or "https") return url.ToString();
                errors.Add(setting.Field, "{0} must be an absolute http or https address.", Label(setting));
                return null;
            case SettingKind.Email:
                errors.Email(setting.Field, text, setting.Label);
                return text;
            default:
                return text;
        }
    }

    private IEnumerable<string> Failures<T>(IConfiguration candidate, string section) where T : class, new()
    {
        var options = new T();
        try { candidate.GetSection(section).Bind(options); }
        catch (InvalidOperationException e) { return [e.Message]; }
        return services.GetServices<IValidateOptions<T>>()
            .Select(v => v.Validate(Options.DefaultName, options))
            .Where(r => r.Failed)
            .SelectMany(r => r.Failures ?? []);
    }

    // The field a start-up message is about: the first key of this group it names (they name the
    // key at fault first: "WarnAfter must be shorter than Target"), else the form as a whole.
    private static string FieldOf(string failure, string group)
    {
        // A section named as a whole ("QuietHours needs both Start and End") points at its first field.
        var named = ConfigurationKey().Matches(failure)
            .Select(m => ManagedSettings.In(group).FirstOrDefault(s =>
                string.Equals(s.Key, m.Value, StringComparison.OrdinalIgnoreCase)
                || s.Key.StartsWith(m.Value + ":", StringComparison.OrdinalIgnoreCase)))
            .FirstOrDefault(s => s is not null);
        return named?.Field ?? "";
    }

    [GeneratedRegex(@"PressDesk(?::[A-Za-z]+)+")]
    private static partial Regex ConfigurationKey();
}
