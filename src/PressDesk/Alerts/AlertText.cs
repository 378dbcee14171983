using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using PressDesk.Hosting;
using PressDesk.Requests;

namespace PressDesk.Alerts;

// The words of an alert, shared by the webhook, the email and the dashboard.
public sealed class AlertText(
    IStringLocalizer<AlertText> localizer, DisplayTime time, IOptions<SiteOptions> site, IOptionsMonitor<ResponseTimeOptions> clock)
{
    public string Link(AlertNotice notice) => site.Value.LinkTo($"/requests/{notice.RequestId}");

    public string Who(AlertNotice notice) => notice.Outlet is null ? notice.Journalist : $"{notice.Journalist} ({notice.Outlet})";

    public string Title(AlertNotice notice) => notice.Kind switch
    {
        AlertKind.Warning => localizer["Call back soon: {0}", Who(notice)],
        AlertKind.Breach => localizer["Response target missed: {0}", Who(notice)],
        _ => localizer["Deadline close: {0}", Who(notice)],
    };

    public string Body(AlertNotice notice)
    {
        var waited = DurationText.Format(notice.FiredAt - notice.ReceivedAt);
        var body = notice.Kind switch
        {
            AlertKind.Warning => localizer["Waiting for {0} about “{1}”. Respond by {2}.", waited, notice.Topic, time.FormatTime(notice.ReceivedAt + clock.CurrentValue.Target)],
            AlertKind.Breach => localizer["Waiting for {0} about “{1}”; the response target has passed.", waited, notice.Topic],
            _ => localizer["The journalist's deadline is {0} and “{1}” is still unanswered.", time.FormatTime(notice.Deadline!.Value), notice.Topic],
        };
        return notice.Late ? $"{body} {localizer["(Late: this came due while PressDesk was not running.)"]}" : body;
    }

    // Plain text that Slack, Mattermost and Teams all show as is (each turns the bare URL into a
    // link). Slack reads &, < and > as markup, so they are escaped.
    public string ChatText(AlertNotice notice) => $"{Escape(Title(notice))}. {Escape(Body(notice))} {Link(notice)}";

    private static string Escape(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
}
