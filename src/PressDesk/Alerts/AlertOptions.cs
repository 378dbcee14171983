namespace PressDesk.Alerts;

public sealed class AlertOptions
{
    public const string Section = "PressDesk:Alerts";

    public WebhookOptions Webhook { get; set; } = new();
    public EmailOptions Email { get; set; } = new();
    public QuietHoursOptions QuietHours { get; set; } = new();

    // A delivery that failed is retried after this, doubling each time up to MaxRetryDelay; never dropped.
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(30);
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(15);

    public Hosting.Backoff Retry => new(RetryDelay, MaxRetryDelay);

    // An alert fired this long after it came due was missed while PressDesk was not running.
    public TimeSpan LateAfter { get; set; } = TimeSpan.FromSeconds(5);
}

public sealed class WebhookOptions
{
    // A Slack-, Mattermost- or Teams-style incoming webhook; empty turns the channel off.
    public Uri? Url { get; set; }

    public bool Enabled => Url is not null;
}

public sealed class EmailOptions
{
    // SMTP server; empty turns the channel off.
    public string? Host { get; set; }
    public int Port { get; set; } = 587;

    // Auto, None, StartTls, StartTlsWhenAvailable or SslOnConnect (MailKit's SecureSocketOptions).
    public MailKit.Security.SecureSocketOptions Security { get; set; } = MailKit.Security.SecureSocketOptions.Auto;
    public string? Username { get; set; }
    public string? Password { get; set; }
    public string? From { get; set; }

    // Comma-separated recipients.
    public string? To { get; set; }

    public bool Enabled => !string.IsNullOrWhiteSpace(Host);

    public IReadOnlyList<string> Recipients =>
        (To ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

// Webhook and email alerts that fall in these hours (display time zone) wait until they end;
// the dashboard still shows them at once. Both empty: no quiet hours.
public sealed class QuietHoursOptions
{
    public TimeOnly? Start { get; set; }
    public TimeOnly? End { get; set; }
}
