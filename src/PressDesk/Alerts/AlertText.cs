using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using PressDesk.Hosting;
using PressDesk.Localization;
using PressDesk.Requests;

namespace PressDesk.Alerts;

// The words of an alert, shared by the webhook, the email and the dashboard. Each reader has a
// language of its own: a page its request's, an open dashboard stream the language it was opened in,
// the webhook and the email PressDesk:Culture (Unattended), since no person is in the loop there.
public sealed class AlertText(
    IStringLocalizer<AlertText> localizer, DisplayTime time, IOptions<SiteOptions> site,
    IOptionsMonitor<ResponseTimeOptions> clock, IOptions<CultureOptions> culture)
{
    public CultureInfo Unattended => culture.Value.Default;

    public string Link(AlertNotice notice) => site.Value.LinkTo($"/requests/{notice.RequestId}");

    public string Who(AlertNotice notice) => notice.Outlet is null ? notice.Journalist : $"{notice.Journalist} ({notice.Outlet})";

    // In the current request's language, for pages.
    public string Title(AlertNotice notice) => In(notice, CultureInfo.CurrentUICulture).Title;

    public string Body(AlertNotice notice) => In(notice, CultureInfo.CurrentUICulture).Body;

    // The scope only spans this synchronous call (no await inside), so the thread's culture is set
    // and given back on the same thread; the localizer, DurationText and DisplayTime all read it.
    public AlertWords In(AlertNotice notice, CultureInfo language)
    {
        using var scope = Languages.Use(language);
        return new AlertWords(TitleText(notice), BodyText(notice));
    }

    // Plain text that Slack, Mattermost and Teams all show as is (each turns the bare URL into a
    // link). What third parties wrote is made inert there (ChatMarkup); PressDesk's own words are not.
    public string ChatText(AlertNotice notice, CultureInfo language)
    {
        var words = In(ChatMarkup.Escaped(notice), language);
        return $"{words.Title}. {words.Body} {Link(notice)}";
    }

    public string EmailSubject(AlertWords words, CultureInfo language)
    {
        using var scope = Languages.Use(language);
        return localizer["PressDesk: {0}", words.Title];
    }

    // PressDesk's own delivery errors in the page's language; a receiver's or a library's words as they came.
    public string? DeliveryError(string? stored)
    {
        if (stored is null) return null;
        if (stored == AlertStore.InterruptedError)
            return localizer["PressDesk stopped while sending this; the receiver may or may not have it. Resend if it did not arrive."];
        if (stored == AlertOutbox.NoLongerConfigured) return localizer["The channel is no longer configured."];
        if (stored == AlertOutbox.AnsweredMeanwhile) return localizer["The request was answered before this could be sent."];
        return WebhookChannel.AnsweredPattern().Match(stored) is { Success: true } answered
            ? localizer["The webhook answered {0} {1}.", answered.Groups[1].Value, answered.Groups[2].Value]
            : stored;
    }

    private string TitleText(AlertNotice notice) => notice.Kind switch
    {
        AlertKind.Warning => localizer["Call back soon: {0}", Who(notice)],
        AlertKind.Breach => localizer["Response target missed: {0}", Who(notice)],
        _ => localizer["Deadline close: {0}", Who(notice)],
    };

    private string BodyText(AlertNotice notice)
    {
        var waited = DurationText.Format(notice.FiredAt - notice.ReceivedAt);
        var body = notice.Kind switch
        {
            AlertKind.Warning => WarningText(notice, waited),
            AlertKind.Breach => localizer["Waiting for {0} about “{1}”; the response target has passed.", waited, notice.Topic],
            _ => localizer["The journalist's deadline is {0} and “{1}” is still unanswered.", time.FormatTime(notice.Deadline!.Value), notice.Topic],
        };
        return notice.Late ? $"{body} {localizer["(Late: this came due while PressDesk was not running.)"]}" : body;
    }

    private string WarningText(AlertNotice notice, string waited)
    {
        var dueAt = notice.ReceivedAt + clock.CurrentValue.Target;
        var left = dueAt - notice.FiredAt;
        return left > TimeSpan.Zero
            ? localizer["Waiting for {0} about “{1}”. Respond by {2} (in {3}).", waited, notice.Topic, time.FormatTime(dueAt), DurationText.Format(left)]
            : localizer["Waiting for {0} about “{1}”. Respond by {2}.", waited, notice.Topic, time.FormatTime(dueAt)];
    }
}

public sealed record AlertWords(string Title, string Body);
